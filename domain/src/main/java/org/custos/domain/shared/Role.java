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
    FINANCE("Finance staff"),
    /** A member of staff: sees only their own staff file and reports changes to it (A1), once HR links the account. */
    STAFF("Member of staff");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The roles that see personal data (every role but the administrator's, X1): giving one waits for the DPM (X6),
     * a member of staff's too, who sees their own.
     */
    public static Set<Role> seeingRecords() {
        return EnumSet.complementOf(EnumSet.of(ADMIN));
    }

    /** The roles whose holders work on other people's records: named on grants and approvals (X1). */
    public static Set<Role> workingOnRecords() {
        return EnumSet.complementOf(EnumSet.of(ADMIN, STAFF));
    }

    /** Role names for annotations; a unit test keeps them equal to the enum names. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DPM = "DPM";
        public static final String HR = "HR";
        public static final String HIRING_MANAGER = "HIRING_MANAGER";
        public static final String FINANCE = "FINANCE";
        public static final String STAFF = "STAFF";

        private Names() {
        }
    }
}
