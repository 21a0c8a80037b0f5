package org.custos.protection.processing.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.custos.protection.processing.api.Art30Column;

/**
 * Which columns a row of the record of processing must have and lacks, by heading (UK GDPR Art 30(1)): every
 * mandatory column, the Article 9 condition when the activity holds special-category or criminal-records data, the
 * legitimate interest when that is the basis, and the safeguards when data goes to a third country.
 */
final class ActivityCompleteness {

    private ActivityCompleteness() {
    }

    static List<String> missing(Map<Art30Column, String> cells, boolean holdsSpecialData,
            boolean onLegitimateInterests) {
        return Stream.of(Art30Column.values()).filter(column -> blank(cells, column) && (column.mandatory()
                || column == Art30Column.ARTICLE_9 && holdsSpecialData
                || column == Art30Column.LEGITIMATE_INTERESTS && onLegitimateInterests
                || column == Art30Column.SAFEGUARDS && !blank(cells, Art30Column.THIRD_COUNTRIES)))
                .map(Art30Column::heading).toList();
    }

    private static boolean blank(Map<Art30Column, String> cells, Art30Column column) {
        String value = cells.get(column);
        return value == null || value.isBlank();
    }
}
