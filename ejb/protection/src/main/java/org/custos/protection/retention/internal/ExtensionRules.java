package org.custos.protection.retention.internal;

import java.time.LocalDate;
import java.time.Period;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.retention.api.ExtensionForm;
import org.custos.protection.retention.api.ExtensionReason;
import org.custos.security.api.RequestRefused;

/**
 * R6: an extension keeps records to a day after today, for a reason; legal risk keeps them at most its period (a
 * setting of the calendar, 6 years) from the day they fell due; another reason needs a note saying what it is.
 */
final class ExtensionRules {

    private ExtensionRules() {
    }

    /** The checks that do not depend on the item: refused with the reason. */
    static void check(ExtensionForm form, LocalDate today) {
        if (!form.until().isAfter(today)) {
            throw new RequestRefused("The records can only be kept to a day after today.");
        }
        if (form.reason() == ExtensionReason.OTHER && Texts.blankToNull(form.note()) == null) {
            throw new RequestRefused("Say in the note why the records are kept longer.");
        }
    }

    /**
     * The check against the item's due day: legal risk at most {@code legalRisk} from it; null when the item may be
     * kept.
     */
    static String refusal(ExtensionForm form, LocalDate dueOn, Period legalRisk) {
        LocalDate latest = dueOn.plus(legalRisk);
        if (form.reason() == ExtensionReason.LEGAL_RISK && form.until().isAfter(latest)) {
            return "legal risk keeps records at most " + PeriodText.of(legalRisk) + " from the day they fell due:"
                    + " until " + OrganisationTime.DAY.format(latest) + " at the latest.";
        }
        return null;
    }
}
