package org.custos.protection.dpia.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.HighRiskIndicator;
import org.custos.domain.shared.HighRiskIndicator.Source;
import org.custos.protection.dpia.api.DpiaOutcome;
import org.custos.protection.dpia.api.DpiaOutcome.Status;

/**
 * Whether a purpose needs a DPIA, from its screening (ADR 0015 decision 5): any indicator of Article 35(3) or of the
 * ICO's list; one of the ICO's list that counts with another criterion (biometric, genetic data) with any of the
 * EDPB's criteria; two or more of the EDPB's nine criteria; or the DPM requiring one, with their reason. Otherwise
 * not required, and the screening is the record of why.
 */
final class DpiaScreening {

    private DpiaScreening() {
    }

    /**
     * @param screened whether the questions were answered at all
     * @param yes      the indicators answered yes
     */
    static DpiaOutcome outcome(boolean screened, Set<HighRiskIndicator> yes, boolean requiredByDpm, String reason) {
        List<String> reasons = new ArrayList<>();
        if (requiredByDpm) {
            reasons.add("the Data Protection Manager requires one (" + reason + ")");
        }
        if (!screened) {
            return reasons.isEmpty() ? new DpiaOutcome(Status.NOT_SCREENED, List.of())
                    : new DpiaOutcome(Status.REQUIRED, reasons);
        }
        List<HighRiskIndicator> criteria = of(yes, Source.EDPB);
        List<HighRiskIndicator> article35 = of(yes, Source.ARTICLE_35);
        List<HighRiskIndicator> ico = of(yes, Source.ICO);
        List<HighRiskIndicator> icoWithCriterion = of(yes, Source.ICO_WITH_A_CRITERION);
        if (!article35.isEmpty()) {
            reasons.add("Article 35(3) of the UK GDPR (" + labels(article35) + ")");
        }
        if (!ico.isEmpty()) {
            reasons.add("on the ICO's list of processing likely to result in high risk (" + labels(ico) + ")");
        }
        if (!icoWithCriterion.isEmpty() && !criteria.isEmpty()) {
            reasons.add("on the ICO's list with one of the EDPB's criteria (" + labels(icoWithCriterion) + " with "
                    + labels(criteria) + ")");
        }
        if (criteria.size() >= 2) {
            reasons.add(criteria.size() + " of the EDPB's nine criteria (" + labels(criteria) + ")");
        }
        if (!reasons.isEmpty()) {
            return new DpiaOutcome(Status.REQUIRED, reasons);
        }
        return new DpiaOutcome(Status.NOT_REQUIRED, List.of(criteria.isEmpty()
                ? "no indicator of high risk"
                : "one of the EDPB's criteria only (" + labels(criteria) + ") and nothing on the ICO's list"));
    }

    private static List<HighRiskIndicator> of(Set<HighRiskIndicator> yes, Source source) {
        return yes.stream().filter(indicator -> indicator.source() == source).sorted().toList();
    }

    private static String labels(List<HighRiskIndicator> indicators) {
        return indicators.stream().map(HighRiskIndicator::label).collect(Collectors.joining(", "));
    }
}
