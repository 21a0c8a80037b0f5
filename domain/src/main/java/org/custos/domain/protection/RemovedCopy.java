package org.custos.domain.protection;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custos.domain.crypto.EncryptedColumns.Column;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.shared.Sha256;

/**
 * One field of a record that an erasure emptied of the person's data (D5, R6): the column and what it held, for the
 * evidence ({@link ErasedCopy}) that the eraser keeps in place of the content.
 */
public record RemovedCopy(String field, byte[] content) {

    public RemovedCopy {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /** The evidence of what was removed, without it. */
    public String sha256() {
        return Sha256.hex(content);
    }

    /**
     * {@code marker} in place of the text {@code value} of {@code field}, noted in {@code removed}; no text stays no
     * text.
     */
    static String replaced(String field, String value, String marker, List<RemovedCopy> removed) {
        if (value == null) {
            return null;
        }
        removed.add(new RemovedCopy(field, value.getBytes(StandardCharsets.UTF_8)));
        return marker;
    }

    /** As {@link #replaced(String, String, String, List)}, for the encrypted {@code column} of {@code row}. */
    static Sealed replaced(Column column, Sealed value, long row, String marker, List<RemovedCopy> removed) {
        return replaced(column, value, row, marker.getBytes(StandardCharsets.UTF_8), removed);
    }

    static Sealed replaced(Column column, Sealed value, long row, byte[] marker, List<RemovedCopy> removed) {
        if (value == null) {
            return null;
        }
        removed.add(new RemovedCopy(column.name(), column.openBytes(value, row)));
        return column.seal(marker, row);
    }
}
