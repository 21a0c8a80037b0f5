package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.custos.domain.shared.ChangeReportState;
import org.custos.protection.spi.CorrectableField;
import org.junit.jupiter.api.Test;

class ChangeReportRulesTest {

    private static final Optional<CorrectableField> PHONE = Optional.of(new CorrectableField("register",
            "DataSubject", "5", "The person's record in the register", "Phone", "0113 496 0000", false));

    @Test
    void aChangeToOneOfTheirOwnDetailsToANewValueIsReported_A1() {
        assertEquals(Optional.empty(), ChangeReportRules.reportRefusal(PHONE, "0113 496 0999", false));
        assertEquals(Optional.empty(), ChangeReportRules.reportRefusal(PHONE, " ", false), "a value removed");
    }

    @Test
    void aDetailNotTheirsTheSameValueOrASecondWaitingChangeIsRefused_A1() {
        assertEquals(Optional.of("Choose one of your own details to change."),
                ChangeReportRules.reportRefusal(Optional.empty(), "x", false));
        assertEquals(Optional.of("Phone already holds that value: enter the new one."),
                ChangeReportRules.reportRefusal(PHONE, "0113 496 0000", false));
        assertEquals(Optional.of("A change to Phone is already waiting for HR."),
                ChangeReportRules.reportRefusal(PHONE, "0113 496 0999", true));
    }

    @Test
    void aReportIsDecidedOnce_A1() {
        assertEquals(Optional.empty(), ChangeReportRules.decisionRefusal(ChangeReportState.WAITING));
        assertEquals(Optional.of("This change was already applied."),
                ChangeReportRules.decisionRefusal(ChangeReportState.APPLIED));
        assertEquals(Optional.of("This change was already declined."),
                ChangeReportRules.decisionRefusal(ChangeReportState.DECLINED));
    }
}
