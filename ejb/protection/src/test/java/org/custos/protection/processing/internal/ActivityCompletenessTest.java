package org.custos.protection.processing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.custos.protection.processing.api.Art30Column;
import org.junit.jupiter.api.Test;

class ActivityCompletenessTest {

    /** Every mandatory column filled, nothing else. */
    private static Map<Art30Column, String> mandatoryOnly() {
        Map<Art30Column, String> cells = new EnumMap<>(Art30Column.class);
        Stream.of(Art30Column.values()).filter(Art30Column::mandatory).forEach(column -> cells.put(column, "Said"));
        return cells;
    }

    @Test
    void aRowWithEveryMandatoryColumnIsComplete_Art30() {
        assertEquals(List.of(), ActivityCompleteness.missing(mandatoryOnly(), false, false));
    }

    @Test
    void aBlankMandatoryColumnIsNamedByItsHeading_Art30() {
        Map<Art30Column, String> cells = mandatoryOnly();
        cells.put(Art30Column.SECURITY, " ");
        cells.remove(Art30Column.RETENTION);
        assertEquals(List.of(Art30Column.RETENTION.heading(), Art30Column.SECURITY.heading()),
                ActivityCompleteness.missing(cells, false, false));
    }

    @Test
    void specialCategoryDataNeedsItsArticle9Condition_Art30_L4() {
        assertEquals(List.of(Art30Column.ARTICLE_9.heading()),
                ActivityCompleteness.missing(mandatoryOnly(), true, false));
    }

    @Test
    void legitimateInterestsNeedTheInterestStated_Art30_L3() {
        assertEquals(List.of(Art30Column.LEGITIMATE_INTERESTS.heading()),
                ActivityCompleteness.missing(mandatoryOnly(), false, true));
    }

    @Test
    void aTransferToAThirdCountryNeedsItsSafeguards_Art30() {
        Map<Art30Column, String> cells = mandatoryOnly();
        cells.put(Art30Column.THIRD_COUNTRIES, "United States");
        assertEquals(List.of(Art30Column.SAFEGUARDS.heading()), ActivityCompleteness.missing(cells, false, false));
    }
}
