package org.custos.protection.retention.internal;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Keeps {@link ReportingHolder} out of every deployment but {@link RetentionRunIT}'s, which carries the resource
 * {@link #SWITCH}: all of the module's test classes go into every test deployment, and the other tests count on the
 * holders this module deploys (the register and security) being all there are.
 */
public class ReportingHolderSwitch implements Extension {

    /** The resource whose presence lets the holder be a bean. */
    public static final String SWITCH = "META-INF/custos-test-reporting-holder";

    void onlyWhereSwitchedOn(@Observes ProcessAnnotatedType<ReportingHolder> holder) {
        if (ReportingHolderSwitch.class.getClassLoader().getResource(SWITCH) == null) {
            holder.veto();
        }
    }
}
