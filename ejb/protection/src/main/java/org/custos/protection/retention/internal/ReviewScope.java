package org.custos.protection.retention.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccessRefused;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whose items a reviewer sees and decides (R6, X1): the DPM every context's; HR the HR contexts' (recruitment and
 * staff) only where the organisation's configuration lets HR review them ({@code custos.retention.hr-reviews}, off
 * by default: the DPM alone reviews).
 */
@Dependent
class ReviewScope {

    /** The contexts whose records HR may review when the configuration says so. */
    static final List<String> HR_CONTEXTS = List.of(DataContext.RECRUITMENT.key(), DataContext.STAFF.key());

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "custos.retention.hr-reviews", defaultValue = "false")
    boolean hrReviews;

    /** Whether the caller reviews any context's records: the DPM, and HR where the configuration says so. */
    boolean any() {
        return session.isCallerInRole(Role.Names.DPM) || hrReviews && session.isCallerInRole(Role.Names.HR);
    }

    /** The contexts the caller reviews, or null for every one (the DPM). */
    List<String> contexts() {
        if (session.isCallerInRole(Role.Names.DPM)) {
            return null;
        }
        if (any()) {
            return HR_CONTEXTS;
        }
        throw new AccessRefused("The Data Protection Manager reviews the records due for retention.");
    }

    /** Refused when the caller does not review the context's records. */
    void require(String context) {
        List<String> mine = contexts();
        if (mine != null && !mine.contains(context)) {
            throw new AccessRefused("The Data Protection Manager reviews these records.");
        }
    }
}
