package org.custos.recruitment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.recruitment.api.RetentionDates;
import org.junit.jupiter.api.Test;

class ApplicantRetentionTest {

    private static final LocalDate CLOSED = LocalDate.of(2026, 8, 31);
    private static final ApplicantRetention DEFAULTS = new ApplicantRetention(
            ApplicantRetention.UNSUCCESSFUL_APPLICANT.defaultPeriod(), ApplicantRetention.ASSESSMENT_MATERIAL.defaultPeriod(),
            ApplicantRetention.TALENT_POOL.defaultPeriod());

    @Test
    void anUnsuccessfulApplicationIsDueSixMonthsAfterTheCampaignCloses_R1() {
        RetentionDates dates = DEFAULTS.datesFor(ApplicationStatus.REJECTED, CLOSED, null, null);
        assertEquals(LocalDate.of(2027, 2, 28), dates.applicationReviewOn());
        assertEquals(LocalDate.of(2027, 2, 28), dates.assessmentReviewOn());
        assertEquals("the campaign closes on 31 August 2026, then 6 months.", dates.basis());
    }

    @Test
    void theTalentPoolKeepsTheApplicationAFurtherSixMonthsButNotTheAssessments_R1() {
        RetentionDates dates = DEFAULTS.datesFor(ApplicationStatus.REJECTED, CLOSED, LocalDate.of(2026, 9, 10), null);
        assertEquals(LocalDate.of(2027, 8, 28), dates.applicationReviewOn());
        assertEquals(LocalDate.of(2027, 2, 28), dates.assessmentReviewOn());
    }

    @Test
    void withdrawingTheConsentEndsTheExtensionAtOnce_L2() {
        LocalDate withdrawn = LocalDate.of(2027, 4, 1);
        RetentionDates dates = DEFAULTS.datesFor(ApplicationStatus.REJECTED, CLOSED, LocalDate.of(2026, 9, 10),
                withdrawn);
        assertEquals(withdrawn, dates.applicationReviewOn());
        assertTrue(dates.basis().startsWith("talent-pool consent withdrawn on 1 April 2027"));
    }

    @Test
    void withdrawingBeforeTheBaseDateLeavesTheBaseDate_R1() {
        RetentionDates dates = DEFAULTS.datesFor(ApplicationStatus.REJECTED, CLOSED, LocalDate.of(2026, 9, 10),
                LocalDate.of(2026, 10, 1));
        assertEquals(LocalDate.of(2027, 2, 28), dates.applicationReviewOn());
    }

    @Test
    void aHiredApplicantsApplicationIsNeverDueHere_R2() {
        RetentionDates dates = DEFAULTS.datesFor(ApplicationStatus.HIRED, CLOSED, null, null);
        assertNull(dates.applicationReviewOn());
        assertNull(dates.assessmentReviewOn());
        assertTrue(dates.basis().contains("staff file"));
    }

    @Test
    void thePeriodsAreTheDpmsSettings_R1() {
        ApplicantRetention oneYear = new ApplicantRetention(Period.ofYears(1), Period.ofMonths(3), Period.ofMonths(6));
        RetentionDates dates = oneYear.datesFor(ApplicationStatus.WITHDRAWN, CLOSED, null, null);
        assertEquals(LocalDate.of(2027, 8, 31), dates.applicationReviewOn());
        assertEquals(LocalDate.of(2026, 11, 30), dates.assessmentReviewOn());
        assertTrue(dates.basis().contains("then 1 year."));
    }
}
