package org.custos.protection.retention.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Field;
import org.junit.jupiter.api.Test;

/** R6: the evidence's SHA-256 of a record set is stable whatever the order of its records, and tells sets apart. */
class RecordSetHashTest {

    private static DataItem item(String id, String value) {
        return new DataItem("HrCase", id, List.of(new Field("Summary", value)));
    }

    @Test
    void theSameRecordsInAnotherOrderHashAlikeAndAnotherValueDoesNot_R6() {
        String hash = RecordSetHash.of(new SubjectDataSection("staff", List.of(item("1", "a"), item("2", "b"))));

        assertEquals(64, hash.length());
        assertEquals(hash, RecordSetHash.of(new SubjectDataSection("staff", List.of(item("2", "b"), item("1", "a")))));
        assertNotEquals(hash, RecordSetHash.of(new SubjectDataSection("staff", List.of(item("1", "a"),
                item("2", "c")))));
        assertNotEquals(RecordSetHash.of(new SubjectDataSection("staff", List.of(item("1", "ab")))),
                RecordSetHash.of(new SubjectDataSection("staff", List.of(new DataItem("HrCase", "1",
                        List.of(new Field("Summary", "a"), new Field("b", null)))))));
    }
}
