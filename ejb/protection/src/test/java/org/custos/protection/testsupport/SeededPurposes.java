package org.custos.protection.testsupport;

/** The ids of the purposes every installation starts with (L1, migration V2), the DPM's editable defaults. */
public final class SeededPurposes {

    /** Pre-contract, special categories under employment law; served by recruitment's records. */
    public static final long RECRUITMENT = 1;
    /** Contract, special categories under employment law. */
    public static final long EMPLOYMENT_ADMINISTRATION = 2;
    /** Legal obligation. */
    public static final long PAYROLL = 3;
    public static final long CLIENT_SERVICE = 4;
    /** Legitimate interests (L3). */
    public static final long SUPPLIER_MANAGEMENT = 5;
    /** Legitimate interests (L3). */
    public static final long COMPLAINT_HANDLING = 6;
    /** Consent (L2). */
    public static final long MARKETING = 7;

    private SeededPurposes() {
    }
}
