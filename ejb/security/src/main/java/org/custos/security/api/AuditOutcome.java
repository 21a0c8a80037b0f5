package org.custos.security.api;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
