package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.staff.api.ClearanceForm;
import org.custos.staff.api.ConflictForm;
import org.custos.staff.api.ConflictReviewForm;
import org.junit.jupiter.api.Test;

class CheckDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void aDeclarationCannotBeDatedInTheFuture_T1() {
        assertEquals(Optional.empty(), CheckDates.refusal(new ConflictForm(TODAY, "Director of a supplier"), TODAY));
        assertEquals(Optional.of("The declaration cannot be dated in the future."),
                CheckDates.refusal(new ConflictForm(TODAY.plusDays(1), "Director of a supplier"), TODAY));
    }

    @Test
    void aReviewFallsBetweenTheDeclarationAndToday_T1() {
        LocalDate declared = TODAY.minusDays(10);
        assertEquals(Optional.empty(), CheckDates.refusal(review(declared), declared, TODAY));
        assertEquals(Optional.of("The review cannot be dated before the declaration."),
                CheckDates.refusal(review(declared.minusDays(1)), declared, TODAY));
        assertEquals(Optional.of("The review cannot be dated in the future."),
                CheckDates.refusal(review(TODAY.plusDays(1)), declared, TODAY));
    }

    @Test
    void aClearanceIsGrantedByTodayAndExpiresAfterItWasGranted_T1() {
        assertEquals(Optional.empty(), CheckDates.refusal(clearance(TODAY, null), TODAY));
        assertEquals(Optional.empty(), CheckDates.refusal(clearance(TODAY, TODAY.plusDays(1)), TODAY));
        assertEquals(Optional.of("The clearance cannot be granted in the future."),
                CheckDates.refusal(clearance(TODAY.plusDays(1), null), TODAY));
        assertEquals(Optional.of("The clearance must expire after the date it was granted."),
                CheckDates.refusal(clearance(TODAY, TODAY), TODAY));
    }

    private static ConflictReviewForm review(LocalDate on) {
        return new ConflictReviewForm("Finance director", on, "No conflict in practice");
    }

    private static ClearanceForm clearance(LocalDate granted, LocalDate expires) {
        return new ClearanceForm("SC", "United Kingdom Security Vetting", granted, expires);
    }
}
