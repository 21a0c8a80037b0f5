package org.custos.recruitment.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.calendar.api.PeriodText;

/**
 * The applicant's rejection letter ({@link org.custos.domain.shared.LetterKind#APPLICANT_REJECTION}): only a
 * rejected application has one; it names the role and the day the application came, gives the reason only when HR
 * marked it one the applicant may be told, and says how long the application is kept (R1; longer with the talent-
 * pool consent in force, L2), every date in words.
 */
final class RejectionLetter {

    private RejectionLetter() {
    }

    /** Why there is no rejection letter for an application of this status, or empty when there is one. */
    static Optional<String> refusal(ApplicationStatus status) {
        return status == ApplicationStatus.REJECTED ? Optional.empty() : Optional.of("Only a rejected application"
                + " has a rejection letter: this one " + status.state() + ".");
    }

    /**
     * The letter's values by placeholder.
     *
     * @param keptFor the unsuccessful applicant's retention period (the recruitment settings')
     * @param keptUntil the day the application falls due for review
     */
    static Map<String, String> values(String applicant, String role, LocalDate receivedOn, String reason,
            boolean reasonMayBeTold, Period keptFor, LocalDate keptUntil, boolean talentPool) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("person.name", applicant);
        values.put("application.role", role);
        values.put("application.receivedOn", OrganisationTime.DAY.format(receivedOn));
        if (reasonMayBeTold) {
            values.put("application.reason", reason);
        }
        values.put("application.keptFor", PeriodText.of(keptFor));
        values.put("application.keptUntil", OrganisationTime.DAY.format(keptUntil));
        if (talentPool) {
            values.put("application.talentPool", "yes");
        }
        return values;
    }
}
