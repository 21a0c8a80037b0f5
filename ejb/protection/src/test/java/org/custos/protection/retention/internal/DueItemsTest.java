package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.protection.spi.RetentionItem;
import org.junit.jupiter.api.Test;

/** What a context reports due, each record once, and when an extended item comes back to the queue (R6). */
class DueItemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static RetentionItem item(String recordId, String rule) {
        return new RetentionItem("complaints", "Complaint", recordId, 7, TODAY, rule, "Complaint closed.");
    }

    private static String key(String recordId, String rule) {
        return DueItems.key("complaints", "Complaint", recordId, rule);
    }

    @Test
    void aRecordReportedTwiceForOneRuleIsOneItem_R6() {
        DueItems due = new DueItems(List.of(item("1", "files"), item("1", "files"), item("1", "messages")));

        assertEquals(2, due.found());
        assertEquals(List.of(item("1", "files"), item("1", "messages")), due.notIn(Set.of()));
    }

    @Test
    void anItemAlreadyInTheQueueIsNotQueuedAgain_R6() {
        DueItems due = new DueItems(List.of(item("1", "files"), item("2", "files")));

        assertEquals(List.of(item("2", "files")), due.notIn(Set.of(key("1", "files"), key("3", "files"))));
    }

    @Test
    void keysOfDifferentRecordsNeverMeet_R6() {
        assertFalse(DueItems.key("complaints", "Complaint", "1", "2files").equals(
                DueItems.key("complaints", "Complaint", "12", "files")));
    }

    @Test
    void anExtensionThatEndedPutsAStillDueItemBack_R6() {
        DueItems due = new DueItems(List.of(item("1", "files")));

        assertTrue(due.backFromExtension(key("1", "files"), TODAY, TODAY), "its date is today");
        assertTrue(due.backFromExtension(key("1", "files"), TODAY.minusDays(3), TODAY), "its date has passed");
        assertFalse(due.backFromExtension(key("1", "files"), TODAY.plusDays(1), TODAY), "its date is to come");
        assertFalse(due.backFromExtension(key("2", "files"), TODAY.minusDays(1), TODAY), "no longer due");
        assertFalse(due.backFromExtension(key("1", "files"), null, TODAY), "not extended to a date");
    }
}
