package org.custos.staff.internal;

import java.util.Objects;
import java.util.Optional;
import org.custos.domain.shared.ChangeReportState;
import org.custos.domain.shared.Texts;
import org.custos.protection.spi.CorrectableField;

/**
 * What a member of staff may report and HR may decide (A1): a change to one of their own details, to a value other
 * than the one recorded, one at a time per detail; a report is decided once, applied or declined.
 */
final class ChangeReportRules {

    private ChangeReportRules() {
    }

    /**
     * Why the change may not be reported.
     *
     * @param field the detail the report names among the person's own, empty when it is none of them
     * @param alreadyWaiting whether a change to the same detail already waits for HR
     */
    static Optional<String> reportRefusal(Optional<CorrectableField> field, String value, boolean alreadyWaiting) {
        if (field.isEmpty()) {
            return Optional.of("Choose one of your own details to change.");
        }
        String detail = field.get().field();
        if (Objects.equals(Texts.blankToNull(value), Texts.blankToNull(field.get().value()))) {
            return Optional.of(detail + " already holds that value: enter the new one.");
        }
        if (alreadyWaiting) {
            return Optional.of("A change to " + detail + " is already waiting for HR.");
        }
        return Optional.empty();
    }

    /** Why a report in this state may not be applied or declined. */
    static Optional<String> decisionRefusal(ChangeReportState state) {
        return state == ChangeReportState.WAITING ? Optional.empty()
                : Optional.of("This change was already " + state.label().toLowerCase() + ".");
    }

    /** HR's message when the holder refused the value. */
    static String notMade(String detail, String why) {
        return detail + " was not changed: " + why + " Decline the report with this reason, or apply it once the"
                + " value is put right.";
    }
}
