package org.custos.archfixtures.bad.domain.shared;

/** Fixture: a shared value type, legitimately used by the web. */
public enum Role {
    ADMIN, DPM
}
