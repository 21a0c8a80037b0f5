package org.custos.protection.dpia.api;

/** The one home of a DPIA's maximum lengths: the forms' constraints and the columns of V64 agree with it. */
public final class DpiaLimits {

    /** Why the DPM requires a DPIA whatever the screening says. */
    public static final int REASON = 2000;

    /** The measures to address the risks. */
    public static final int MEASURES = 10000;

    private DpiaLimits() {
    }
}
