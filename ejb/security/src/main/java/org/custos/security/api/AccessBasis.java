package org.custos.security.api;

/** Why a need-to-know check let the caller in (X1). */
public enum AccessBasis {
    /** A grant made for a reason by HR or the DPM. */
    GRANT,
    /** The DPM's own emergency access, with a typed reason, flagged in the audit trail. */
    BREAK_GLASS
}
