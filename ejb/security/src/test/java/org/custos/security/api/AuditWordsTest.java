package org.custos.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every action and outcome of the audit trail has words people read, never its code (X2). */
class AuditWordsTest {

    /** A word in capitals of two letters or more, as an enum constant or a code looks. */
    private static final Pattern CODE_LIKE = Pattern.compile("\\b[A-Z]{2,}\\b|_|\\b[A-Z][a-z]+[A-Z]\\w*");

    private static void assertWords(String label, String of) {
        assertFalse(label == null || label.isBlank(), of + " has no label");
        assertFalse(CODE_LIKE.matcher(label).find(), of + " reads like a code: " + label);
        assertTrue(Character.isUpperCase(label.charAt(0)), of + " starts a sentence: " + label);
    }

    @Test
    void everyAuditActionHasWordsWithoutUnderscoresOrCodes_X2() {
        for (AuditAction action : AuditAction.values()) {
            assertWords(action.label(), action.name());
            assertWords(action.told("Application"), action.name() + " on an application");
        }
        assertEquals(AuditAction.values().length, Arrays.stream(AuditAction.values()).map(AuditAction::label)
                .distinct().count(), "no two actions read the same");
    }

    @Test
    void everyAuditOutcomeHasAWord_X2() {
        for (AuditOutcome outcome : AuditOutcome.values()) {
            assertWords(outcome.label(), outcome.name());
        }
        assertEquals("Refused", AuditOutcome.DENIED.label());
    }

    @Test
    void anActionOnARecordIsToldWithTheKindOfRecordAndAnyOtherByItselfAlone_X2() {
        assertEquals("Application opened", AuditAction.READ.told("Application"));
        assertEquals("Health record recorded", AuditAction.CREATE.told("Health record"));
        assertEquals("Opened", AuditAction.READ.told(""), "no record: the action alone");
        assertEquals("Logged in", AuditAction.LOGIN.told("Account"));
        assertEquals("Approval granted", AuditAction.APPROVAL_GRANTED.told("Approval"));
    }
}
