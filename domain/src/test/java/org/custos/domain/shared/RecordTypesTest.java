package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Kinds of record and application statuses read as words, never as the code they are stored by. */
class RecordTypesTest {

    private static final Pattern CODE_LIKE = Pattern.compile("\\b[A-Z]{2,}\\b|_|\\b[A-Z][a-z]+[A-Z]\\w*");

    @Test
    void everyKnownKindOfRecordReadsAsWordsAndAnUnknownOneIsSplitIntoWords_X2() {
        RecordTypes.known().forEach((code, words) -> assertFalse(CODE_LIKE.matcher(words).find(),
                code + " reads like a code: " + words));
        assertEquals("Person's record", RecordTypes.label("DataSubject"));
        assertEquals("Complaint file", RecordTypes.label("ComplaintFile"), "a kind no list names yet");
        assertEquals("Sensitive record, reference 8", RecordTypes.named("SensitiveRecord", "8"));
        assertEquals("Audit trail", RecordTypes.named("AuditEntry", null));
        assertEquals("", RecordTypes.named(null, null));
    }

    @Test
    void aStatusIsToldInASentenceAndItsMoveIsAVerb_C1() {
        assertEquals("now has a conditional offer", ApplicationStatus.CONDITIONAL_OFFER.stateNow());
        assertEquals("is now shortlisted", ApplicationStatus.SHORTLISTED.stateNow());
        assertEquals("is rejected", ApplicationStatus.REJECTED.state());
        assertEquals("Shortlist", ApplicationStatus.SHORTLISTED.move());
        assertEquals("Mark as assessed", ApplicationStatus.ASSESSED.move());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertFalse(status.move().equals(status.label()) || CODE_LIKE.matcher(status.move()).find(),
                    status + ": a button says what it does: " + status.move());
        }
    }
}
