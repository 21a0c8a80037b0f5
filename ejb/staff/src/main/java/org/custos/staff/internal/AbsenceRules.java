package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.SicknessReason;
import org.custos.domain.staff.SicknessAbsence;
import org.custos.security.api.DocumentUpload;

/**
 * What a period of sickness absence and its health details may record: a period has begun, within the engagement,
 * ends not before it begins and overlaps no other of the file; days lost are calendar days, to today while it continues; the reason
 * carries its category and a fit note or occupational-health report its document. The reason's category goes into
 * the health detail's text, so it is encrypted behind the approval gate with the rest (L4, X3).
 */
final class AbsenceRules {

    private AbsenceRules() {
    }

    /**
     * Why this period cannot be recorded within the engagement (its start and leaving date, none while it
     * continues) beside the file's {@code others}; empty when it can.
     */
    static Optional<String> periodRefusal(LocalDate firstDay, LocalDate lastDay, LocalDate today,
            LocalDate startDate, LocalDate leavingDate, List<SicknessAbsence> others) {
        if (lastDay != null && lastDay.isBefore(firstDay)) {
            return Optional.of("The last day of absence cannot be before the first.");
        }
        if (firstDay.isAfter(today)) {
            return Optional.of("A sickness absence is recorded once it has begun: the first day cannot be after "
                    + "today.");
        }
        if (firstDay.isBefore(startDate)) {
            return Optional.of("The absence cannot begin before the engagement started on "
                    + OrganisationTime.DAY.format(startDate) + ".");
        }
        if (leavingDate != null && firstDay.isAfter(leavingDate)) {
            return Optional.of("The absence cannot begin after the leaving date, "
                    + OrganisationTime.DAY.format(leavingDate) + ".");
        }
        return others.stream().filter(other -> overlap(firstDay, lastDay, other)).findFirst()
                .map(other -> "This period overlaps the absence from " + OrganisationTime.DAY.format(other.firstDay())
                        + (other.lastDay() == null ? ", which has not ended."
                                : " to " + OrganisationTime.DAY.format(other.lastDay()) + "."));
    }

    private static boolean overlap(LocalDate firstDay, LocalDate lastDay, SicknessAbsence other) {
        return (lastDay == null || !lastDay.isBefore(other.firstDay()))
                && (other.lastDay() == null || !other.lastDay().isBefore(firstDay));
    }

    /** Calendar days lost, the first and last included; an absence that continues counts to today. */
    static long daysLost(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        LocalDate end = lastDay == null ? today : lastDay;
        return Math.max(0, ChronoUnit.DAYS.between(firstDay, end) + 1);
    }

    /** Why this health detail cannot be recorded; empty when it can. */
    static Optional<String> healthRefusal(AbsenceHealthKind kind, SicknessReason reason, DocumentUpload document) {
        if ((kind == AbsenceHealthKind.REASON) != (reason != null)) {
            return Optional.of(reason == null ? "Choose the reason for the absence."
                    : "Only the reason for the absence has a reason category.");
        }
        if (document == null && (kind == AbsenceHealthKind.FIT_NOTE
                || kind == AbsenceHealthKind.OCCUPATIONAL_HEALTH)) {
            return Optional.of("Attach the " + kind.label().toLowerCase(Locale.UK) + ".");
        }
        return Optional.empty();
    }

    /** The text of the sensitive record: the reason's category first for a reason. */
    static String content(AbsenceHealthKind kind, SicknessReason reason, String text) {
        return kind == AbsenceHealthKind.REASON ? "Reason: " + reason.label() + ".\n" + text.trim() : text.trim();
    }
}
