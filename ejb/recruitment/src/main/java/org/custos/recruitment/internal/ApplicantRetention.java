package org.custos.recruitment.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.RetentionRule;
import org.custos.recruitment.api.RetentionDates;

/**
 * R1, R2: when an application's data falls due for review. Unsuccessful (or not yet decided): the campaign's
 * close plus the unsuccessful-applicant period; a talent-pool consent adds its period, and its withdrawal ends
 * that extension at once (never before the base date). Assessment material: the close plus its own period.
 * Hired: never, the application is part of the staff file.
 */
record ApplicantRetention(Period unsuccessful, Period assessmentMaterial, Period talentPool) {

    /**
     * R1: an unsuccessful applicant's data, from the campaign's close; at its end the application is anonymised for
     * the campaign's counts (R7), or destroyed when its group is too small.
     */
    static final RetentionRule UNSUCCESSFUL_APPLICANT = new RetentionRule(DataContext.RECRUITMENT,
            "retention.unsuccessful-applicant", "R1", "Keep an unsuccessful applicant's data after the campaign closes",
            "Campaign closed", Period.ofMonths(6), Disposal.ANONYMISE);

    /** R1: tests and interview notes, from the campaign's close. */
    static final RetentionRule ASSESSMENT_MATERIAL = new RetentionRule(DataContext.RECRUITMENT,
            "retention.assessment-material", "R1",
            "Keep assessment material (tests, interview notes) after the campaign closes", "Campaign closed",
            Period.ofMonths(6));

    /** R1, L2: the further time a talent-pool consent keeps the data, ended by its withdrawal. */
    static final RetentionRule TALENT_POOL = new RetentionRule(DataContext.RECRUITMENT, "retention.talent-pool", "R1",
            "Further time a talent-pool consent keeps an unsuccessful applicant's data",
            "Unsuccessful applicant's period ended; consent withdrawn", Period.ofMonths(6));

    /** The rules recruitment declares through the SPI. */
    static final List<RetentionRule> RULES = List.of(UNSUCCESSFUL_APPLICANT, ASSESSMENT_MATERIAL, TALENT_POOL);

    private static final DateTimeFormatter DAY = OrganisationTime.DAY;

    /**
     * @param consentGivenOn the talent-pool consent's day, or null without consent
     * @param consentWithdrawnOn its withdrawal, or null
     */
    RetentionDates datesFor(ApplicationStatus status, LocalDate campaignClosesOn, LocalDate consentGivenOn,
            LocalDate consentWithdrawnOn) {
        if (status == ApplicationStatus.HIRED) {
            return new RetentionDates(null, null, "Hired: the application is part of the staff file.");
        }
        LocalDate base = campaignClosesOn.plus(unsuccessful);
        LocalDate assessments = campaignClosesOn.plus(assessmentMaterial);
        String closes = "the campaign closes on " + DAY.format(campaignClosesOn);
        if (consentGivenOn == null) {
            return new RetentionDates(base, assessments,
                    closes + ", then " + PeriodText.of(unsuccessful) + ".");
        }
        LocalDate extended = base.plus(talentPool);
        if (consentWithdrawnOn == null) {
            return new RetentionDates(extended, assessments, closes + ", then " + PeriodText.of(unsuccessful)
                    + " and a further " + PeriodText.of(talentPool) + " for the talent pool.");
        }
        LocalDate ended = consentWithdrawnOn.isBefore(extended) ? consentWithdrawnOn : extended;
        return new RetentionDates(ended.isAfter(base) ? ended : base, assessments,
                "talent-pool consent withdrawn on " + DAY.format(consentWithdrawnOn) + "; " + closes + ", then "
                        + PeriodText.of(unsuccessful) + ".");
    }

}
