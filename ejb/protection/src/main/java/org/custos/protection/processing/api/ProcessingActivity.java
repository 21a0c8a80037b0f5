package org.custos.protection.processing.api;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.custos.protection.purposes.api.Article30Completeness;

/**
 * One row of the record of processing: a purpose with every column of the template filled from what Custos holds
 * (an empty text where nothing says it), and what it must have and lacks, in words ({@link Article30Completeness}).
 */
public record ProcessingActivity(long purposeId, String name, Map<Art30Column, String> cells, List<String> missing)
        implements Serializable {

    public ProcessingActivity {
        cells = cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
        missing = List.copyOf(missing);
    }

    /** What the column says for this activity; empty when nothing says it. */
    public String cell(Art30Column column) {
        return cells.getOrDefault(column, "");
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** "Incomplete: the security measures and the location of the data", or empty text when complete. */
    public String incompleteness() {
        String words = Article30Completeness.inWords(missing);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
