package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.RightToWorkPermission;
import org.custos.staff.api.RightToWorkForm;
import org.custos.security.api.DocumentUpload;
import org.junit.jupiter.api.Test;

class RightToWorkRecheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final List<DocumentUpload> COPY = List.of(new DocumentUpload("passport.pdf", new byte[] {1}));

    private static Optional<String> refusal(LocalDate checkedOn, RightToWorkPermission permission,
            LocalDate expiresOn) {
        return RightToWorkRecheck.refusal(new RightToWorkForm(checkedOn, "Hana HR", permission, expiresOn, COPY),
                TODAY);
    }

    @Test
    void aTimeLimitedPermissionIsRecheckedByTheDayBeforeItExpires_T1() {
        assertEquals(Optional.of(LocalDate.of(2027, 5, 9)),
                RightToWorkRecheck.dueOn(RightToWorkPermission.TIME_LIMITED, LocalDate.of(2027, 5, 10)));
    }

    @Test
    void aPermissionExpiringOnTheFirstOfMarchIsRecheckedByTheLastDayOfFebruary_T1() {
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)),
                RightToWorkRecheck.dueOn(RightToWorkPermission.TIME_LIMITED, LocalDate.of(2028, 3, 1)));
    }

    @Test
    void aPermissionWithoutATimeLimitNeedsNoRecheck_T1() {
        assertEquals(Optional.empty(), RightToWorkRecheck.dueOn(RightToWorkPermission.UNLIMITED, null));
    }

    @Test
    void aCheckTodayOrEarlierWithDatesThatFitThePermissionIsAccepted_T1() {
        assertEquals(Optional.empty(), refusal(TODAY, RightToWorkPermission.TIME_LIMITED, TODAY.plusDays(1)));
        assertEquals(Optional.empty(), refusal(TODAY.minusYears(1), RightToWorkPermission.UNLIMITED, null));
    }

    @Test
    void aCheckDatedInTheFutureIsRefused_T1() {
        assertEquals(Optional.of("The check cannot be dated in the future."),
                refusal(TODAY.plusDays(1), RightToWorkPermission.UNLIMITED, null));
    }

    @Test
    void aTimeLimitedPermissionNeedsItsExpiryAndAnUnlimitedOneHasNone_T1() {
        assertEquals(Optional.of("Enter the date the time-limited permission expires."),
                refusal(TODAY, RightToWorkPermission.TIME_LIMITED, null));
        assertEquals(Optional.of("A permission without a time limit has no expiry date: choose time-limited or "
                + "remove the date."), refusal(TODAY, RightToWorkPermission.UNLIMITED, TODAY.plusYears(1)));
    }

    @Test
    void aPermissionThatHadExpiredByTheCheckIsRefused_T1() {
        assertEquals(Optional.of("The permission had expired by the date of the check: a check must find a "
                + "permission that is still valid."),
                refusal(TODAY.minusDays(3), RightToWorkPermission.TIME_LIMITED, TODAY.minusDays(3)));
    }
}
