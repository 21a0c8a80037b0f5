package org.custos.recruitment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AfterHireTest {

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"HIRED", "REJECTED", "WITHDRAWN"},
            mode = EnumSource.Mode.EXCLUDE)
    void anOpenApplicationChangesForEveryoneWhoSeesIt_C1(ApplicationStatus open) {
        assertEquals(Optional.empty(), AfterHire.refusal(open, true, false));
        assertEquals(Optional.empty(), AfterHire.refusal(open, false, false));
    }

    @Test
    void afterHireHrStillCorrectsTheApplicationButAHiringManagerNeedsHrsLeave_R2_D5() {
        assertEquals(Optional.empty(), AfterHire.refusal(ApplicationStatus.HIRED, false, false));
        assertEquals(Optional.of("The applicant was hired: only HR may change this application now, unless HR lets"
                + " its hiring managers change it."), AfterHire.refusal(ApplicationStatus.HIRED, true, false));
        assertEquals(Optional.empty(), AfterHire.refusal(ApplicationStatus.HIRED, true, true));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"REJECTED", "WITHDRAWN"})
    void aRejectedOrWithdrawnApplicationChangesForNobody_C1(ApplicationStatus ended) {
        assertTrue(AfterHire.refusal(ended, false, false).orElseThrow().endsWith(": it cannot change any more."));
        assertTrue(AfterHire.refusal(ended, true, true).isPresent());
    }

    @Test
    void leaveIsGivenOnlyAfterHireAndWithdrawnOnlyWhileItStands_R2() {
        assertEquals(Optional.of("Hiring managers need leave to change an application only once its applicant is"
                + " hired."), AfterHire.leaveRefusal(ApplicationStatus.FINAL_OFFER, false, true));
        assertEquals(Optional.empty(), AfterHire.leaveRefusal(ApplicationStatus.HIRED, false, true));
        assertEquals(Optional.of("The hiring managers may already change this application."),
                AfterHire.leaveRefusal(ApplicationStatus.HIRED, true, true));
        assertEquals(Optional.empty(), AfterHire.leaveRefusal(ApplicationStatus.HIRED, true, false));
        assertEquals(Optional.of("The hiring managers have no leave to change this application to withdraw."),
                AfterHire.leaveRefusal(ApplicationStatus.HIRED, false, false));
    }
}
