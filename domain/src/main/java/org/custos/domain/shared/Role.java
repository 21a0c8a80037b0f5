package org.custos.domain.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do (X1). A person may hold several roles. {@link Names} holds the same names as
 * compile-time constants for {@code @RolesAllowed}.
 */
public enum Role {
    /** Accounts and settings; no access to personal data. */
    ADMIN("Administrator"),
    /** The Data Protection Manager. */
    DPM("Data Protection Manager"),
    HR("HR staff"),
    HIRING_MANAGER("Hiring manager"),
    /** Finance and accounting: staff data only with the DPM's written approval (L5). */
    FINANCE("Finance staff");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The roles whose holders may be given access to records (every role but the administrator's, X1). */
    public static Set<Role> seeingRecords() {
        return EnumSet.complementOf(EnumSet.of(ADMIN));
    }

    /** Role names for annotations; a unit test keeps them equal to the enum names. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DPM = "DPM";
        public static final String HR = "HR";
        public static final String HIRING_MANAGER = "HIRING_MANAGER";
        public static final String FINANCE = "FINANCE";

        private Names() {
        }
    }
}
