package org.custos.recruitment.api;

/**
 * The hired application, which recruitment keeps as part of the staff file (R2) until the staff file goes: the
 * staff context erases it with the file, or with a hire whose file never opened, through this port (ADR 0010). Not
 * a facade: the staff holder's caller (the rights or retention engine) checked roles and audits the erasure.
 */
public interface HiredApplications {

    /**
     * Erases the application as recruitment erases any application: what it holds is deleted and the application
     * is anonymised, its counts kept (R7). Nothing is done when it is already anonymised.
     *
     * @return the number of records erased (0 or 1)
     */
    int eraseWithStaffFile(long applicationId);
}
