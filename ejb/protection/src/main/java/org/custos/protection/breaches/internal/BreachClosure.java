package org.custos.protection.breaches.internal;

import org.custos.domain.protection.Breach;
import org.custos.domain.shared.BreachRisk;
import org.custos.security.api.RequestRefused;

/**
 * X5: when a breach may be closed. The decision whether to report it is recorded; a decided report is made; and
 * for a high risk the people affected were told, or the reason they were not is recorded (ICO guidance allows
 * not telling them, for example when the measures taken make the high risk no longer likely).
 */
final class BreachClosure {

    private BreachClosure() {
    }

    static void check(Breach breach) {
        if (breach.notifyIco() == null) {
            throw new RequestRefused("Record the decision whether to report the breach to the ICO before closing it.");
        }
        if (breach.notifyIco() && breach.reportedAt() == null) {
            throw new RequestRefused("Record the report to the ICO before closing the breach: the decision was to "
                    + "report it.");
        }
        boolean toldOrExplained = breach.peopleToldAt() != null
                || (breach.notToldReason() != null && !breach.notToldReason().isBlank());
        if (breach.risk() == BreachRisk.HIGH_RISK && !toldOrExplained) {
            throw new RequestRefused("A high-risk breach can be closed only when the people affected were told, or "
                    + "the reason they were not is recorded.");
        }
    }
}
