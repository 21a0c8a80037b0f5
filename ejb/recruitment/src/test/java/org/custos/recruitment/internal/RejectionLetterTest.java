package org.custos.recruitment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.domain.shared.LetterKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RejectionLetterTest {

    private static Map<String, String> values(boolean reasonMayBeTold, boolean talentPool) {
        return RejectionLetter.values("Ada Lee", "Payroll officer", LocalDate.of(2026, 11, 2),
                "The role needs a full driving licence.", reasonMayBeTold, Period.ofMonths(6),
                LocalDate.of(2027, 6, 30), talentPool);
    }

    @Test
    void theLetterNamesTheRoleAndSaysHowLongTheApplicationIsKeptInWords_R1() {
        Map<String, String> values = values(true, false);

        assertEquals("Ada Lee", values.get("person.name"));
        assertEquals("Payroll officer", values.get("application.role"));
        assertEquals("2 November 2026", values.get("application.receivedOn"));
        assertEquals("6 months", values.get("application.keptFor"));
        assertEquals("30 June 2027", values.get("application.keptUntil"));
        assertFalse(values.containsKey("application.talentPool"));
        assertTrue(LetterKind.APPLICANT_REJECTION.placeholders().containsAll(values.keySet()), values.keySet()
                .toString());
    }

    @Test
    void theReasonIsGivenOnlyWhenHrMarkedItOneTheApplicantMayBeTold() {
        assertEquals("The role needs a full driving licence.", values(true, false).get("application.reason"));
        assertFalse(values(false, false).containsKey("application.reason"));
    }

    @Test
    void theTalentPoolConsentInForceIsSaid_L2() {
        assertEquals("yes", values(false, true).get("application.talentPool"));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = "REJECTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyARejectedApplicationHasARejectionLetter(ApplicationStatus status) {
        assertTrue(RejectionLetter.refusal(status).orElseThrow().startsWith("Only a rejected application has a"
                + " rejection letter: this one "));
        assertEquals(Optional.empty(), RejectionLetter.refusal(ApplicationStatus.REJECTED));
    }
}
