package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.AbsenceHealthKind;
import org.custos.domain.shared.SicknessReason;
import org.custos.domain.staff.SicknessAbsence;
import org.custos.security.api.DocumentUpload;
import org.junit.jupiter.api.Test;

class AbsenceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate START = LocalDate.of(2024, 4, 1);
    private static final DocumentUpload NOTE = new DocumentUpload("fit-note.pdf", new byte[] {1});

    private static SicknessAbsence absence(LocalDate firstDay, LocalDate lastDay) {
        return new SicknessAbsence(1, firstDay, lastDay, false, "hr", LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    @Test
    void aPeriodEndsNotBeforeItBeginsAndHasBegunByToday_T1() {
        assertEquals(Optional.of("The last day of absence cannot be before the first."), AbsenceRules.periodRefusal(
                TODAY, TODAY.minusDays(1), TODAY, START, null, List.of()));
        assertEquals(Optional.of("A sickness absence is recorded once it has begun: the first day cannot be after "
                + "today."), AbsenceRules.periodRefusal(TODAY.plusDays(1), null, TODAY, START, null, List.of()));
        assertEquals(Optional.empty(), AbsenceRules.periodRefusal(TODAY, TODAY, TODAY, START, null, List.of()));
    }

    @Test
    void aPeriodBeginsWithinTheEngagement_T1() {
        assertEquals(Optional.of("The absence cannot begin before the engagement started on 1 April 2024."),
                AbsenceRules.periodRefusal(START.minusDays(1), START, TODAY, START, null, List.of()));
        assertEquals(Optional.of("The absence cannot begin after the leaving date, 30 November 2026."),
                AbsenceRules.periodRefusal(LocalDate.of(2026, 12, 1), null, TODAY, START,
                        LocalDate.of(2026, 11, 30), List.of()));
        assertEquals(Optional.empty(), AbsenceRules.periodRefusal(START, LocalDate.of(2026, 11, 30), TODAY, START,
                LocalDate.of(2026, 11, 30), List.of()), "its first and last days are within it");
    }

    @Test
    void aPeriodOverlappingAnotherOfTheFileIsRefusedSayingWhich_T1() {
        SicknessAbsence ended = absence(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6));
        SicknessAbsence open = absence(LocalDate.of(2026, 12, 1), null);

        assertEquals(Optional.of("This period overlaps the absence from 2 November 2026 to 6 November 2026."),
                AbsenceRules.periodRefusal(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9), TODAY,
                        START, null, List.of(ended)));
        assertEquals(Optional.of("This period overlaps the absence from 1 December 2026, which has not ended."),
                AbsenceRules.periodRefusal(LocalDate.of(2026, 11, 20), null, TODAY, START, null,
                        List.of(ended, open)));
        assertEquals(Optional.empty(), AbsenceRules.periodRefusal(LocalDate.of(2026, 11, 7),
                LocalDate.of(2026, 11, 30), TODAY, START, null, List.of(ended, open)), "the days between are free");
    }

    @Test
    void daysLostAreCalendarDaysBothEndsIncludedAndAnOpenAbsenceCountsToToday_T1() {
        assertEquals(1, AbsenceRules.daysLost(TODAY, TODAY, TODAY));
        assertEquals(5, AbsenceRules.daysLost(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), TODAY));
        assertEquals(6, AbsenceRules.daysLost(LocalDate.of(2026, 12, 1), null, TODAY));
    }

    @Test
    void theReasonCarriesItsCategoryAndAFitNoteOrReportItsDocument_L4() {
        assertEquals(Optional.of("Choose the reason for the absence."),
                AbsenceRules.healthRefusal(AbsenceHealthKind.REASON, null, null));
        assertEquals(Optional.of("Only the reason for the absence has a reason category."),
                AbsenceRules.healthRefusal(AbsenceHealthKind.RETURN_TO_WORK, SicknessReason.INJURY, null));
        assertEquals(Optional.of("Attach the fit note."),
                AbsenceRules.healthRefusal(AbsenceHealthKind.FIT_NOTE, null, null));
        assertEquals(Optional.of("Attach the occupational health report."),
                AbsenceRules.healthRefusal(AbsenceHealthKind.OCCUPATIONAL_HEALTH, null, null));
        assertEquals(Optional.empty(), AbsenceRules.healthRefusal(AbsenceHealthKind.FIT_NOTE, null, NOTE));
        assertEquals(Optional.empty(), AbsenceRules.healthRefusal(AbsenceHealthKind.REASON,
                SicknessReason.MINOR_ILLNESS, null));
    }

    @Test
    void theReasonsCategoryIsPartOfTheEncryptedTextNeverAColumnOfItsOwn_L4_X3() {
        assertEquals("Reason: Back, neck or joint problems.\nLifting at the depot", AbsenceRules.content(
                AbsenceHealthKind.REASON, SicknessReason.MUSCULOSKELETAL, " Lifting at the depot "));
        assertEquals("Back on reduced hours", AbsenceRules.content(AbsenceHealthKind.RETURN_TO_WORK, null,
                "Back on reduced hours"));
    }
}
