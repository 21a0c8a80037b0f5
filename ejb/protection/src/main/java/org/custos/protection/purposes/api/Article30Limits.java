package org.custos.protection.purposes.api;

/**
 * The one home of the maximum lengths of a purpose's Art 30 fields: the form's constraints and the columns of V64
 * agree with it.
 */
public final class Article30Limits {

    /** The business function; the joint controller's name. */
    public static final int NAME = 200;

    /** The joint controller's contact details, the location of the data, the link to the policy, the source. */
    public static final int LINE = 500;

    /** The general description of the security measures. */
    public static final int SECURITY = 4000;

    private Article30Limits() {
    }
}
