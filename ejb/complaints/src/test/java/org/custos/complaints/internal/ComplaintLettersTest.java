package org.custos.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.complaints.Complaint;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.junit.jupiter.api.Test;

/** The complaint letters' values (P1): dates in words, the outcome, and the ICO paragraph for data protection only. */
class ComplaintLettersTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 12, 3);

    private static Complaint complaint(ComplaintKind kind) {
        return new Complaint(7L, RECEIVED, ComplaintChannel.EMAIL, kind, ComplaintAbout.SERVICE, null,
                "My letters went to my old address.", false, null, null, "hr.one", LocalDateTime.of(2026, 12, 4, 9, 0));
    }

    @Test
    void theAcknowledgementGivesTheDayOfReceiptInWordsAndTheKind_P1() {
        Map<String, String> values = ComplaintLetters.values("Petra Plaint", complaint(ComplaintKind.SERVICE));
        assertEquals("Petra Plaint", values.get("person.name"));
        assertEquals("3 December 2026", values.get("complaint.receivedOn"));
        assertEquals("service complaint", values.get("complaint.kind"));
        assertEquals("email", values.get("complaint.channel"));
    }

    @Test
    void theOutcomeLetterOfADataProtectionComplaintTellsOfTheRightToComplainToTheIco_P1() {
        Complaint complaint = complaint(ComplaintKind.DATA_PROTECTION);
        complaint.close("Upheld.", LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 20));
        Map<String, String> values = ComplaintLetters.outcomeValues("Petra Plaint", complaint);
        assertEquals("Upheld.", values.get("complaint.outcome"));
        assertEquals("20 December 2026", values.get("complaint.outcomeOn"));
        assertEquals("yes", values.get("complaint.dataProtection"));
    }

    @Test
    void theOutcomeLetterOfAServiceComplaintSaysNothingOfTheIco_P1() {
        Complaint complaint = complaint(ComplaintKind.SERVICE);
        complaint.close("Not upheld.", LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 20));
        assertFalse(ComplaintLetters.outcomeValues("Petra Plaint", complaint).containsKey("complaint.dataProtection"));
    }

    @Test
    void thereIsNoOutcomeLetterBeforeTheOutcomeIsRecorded_P1() {
        Complaint complaint = complaint(ComplaintKind.SERVICE);
        assertTrue(ComplaintLetters.outcomeRefusal(complaint).orElseThrow().startsWith("Record the outcome first"));
        assertEquals(Optional.empty(), ComplaintLetters.acknowledgementRefusal(complaint));
        complaint.close("Upheld.", RECEIVED, RECEIVED);
        assertEquals(Optional.empty(), ComplaintLetters.outcomeRefusal(complaint));
    }
}
