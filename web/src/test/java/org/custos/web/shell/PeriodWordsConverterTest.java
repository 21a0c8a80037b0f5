package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

/** The settings page's values: periods in words, and the one number of people (R7's anonymity group) as typed. */
class PeriodWordsConverterTest {

    private final PeriodWordsConverter converter = new PeriodWordsConverter();

    @Test
    void aPeriodInWordsBecomesItsIsoText() {
        assertEquals("P6M", converter.getAsObject(null, null, "6 months"));
        assertEquals("6 months", converter.getAsString(null, null, "P6M"));
    }

    @Test
    void theAnonymityGroupsNumberOfPeopleStaysAsTyped_R7() {
        assertEquals("5", converter.getAsObject(null, null, " 5 "));
        assertEquals("5", converter.getAsString(null, null, "5"));
    }

    @Test
    void textThatIsNeitherIsRefusedWithAMessage() {
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "soon"));
    }
}
