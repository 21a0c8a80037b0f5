package org.custos.complaints.api;

/** The one home of the complaint file's maximum lengths: the forms' constraints and the columns of V56 agree with it. */
public final class ComplaintLimits {

    /** What the complaint is about, in a line. */
    public static final int ABOUT = 500;

    /** The complaint's words, an outcome. */
    public static final int TEXT = 10000;

    /** An investigation step. */
    public static final int NOTE = 4000;

    /** Why anonymity cannot be kept; the reason for emergency access. */
    public static final int REASON = 2000;

    /** The most accounts named to handle one complaint. */
    public static final int HANDLERS = 10;

    /** The most people one complaint names. */
    public static final int PEOPLE_NAMED = 20;

    private ComplaintLimits() {
    }
}
