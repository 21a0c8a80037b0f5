package org.custos.protection.calendar.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTextTest {

    @ParameterizedTest
    @CsvSource({"P1M, 1 month", "P6M, 6 months", "P1Y3M, 1 year 3 months", "P10D, 10 days", "PT72H, 72 hours",
        "PT24H, 24 hours", "PT1H30M, 1 hour 30 minutes", "OFF, off"})
    void aSettingsPeriodIsShownInWords(String iso, String words) {
        assertEquals(words, PeriodText.words(iso));
    }

    @ParameterizedTest
    @CsvSource({"1 month, P1M", "6 months, P6M", "' 6 Months ', P6M", "1 year and 3 months, P1Y3M",
        "'1 year, 3 months', P1Y3M", "2 weeks, P14D", "10 days, P10D", "1 day, P1D", "72 hours, PT72H",
        "1 hour 30 minutes, PT1H30M", "off, OFF", "p6m, P6M", "PT72H, PT72H"})
    void wordsAreReadBackAsTheStoredPeriodAndIsoTextStillWorks(String words, String iso) {
        assertEquals(Optional.of(iso), PeriodText.iso(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "six months", "6", "6 fortnights", "1 day 2 hours", "months 6", "6 months x",
        "P6Q"})
    void textThatIsNotAPeriodIsNotRead(String text) {
        assertEquals(Optional.empty(), PeriodText.iso(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P6M", "PT72H", "P1Y3M", "P10D", "PT90M"})
    void whatIsShownReadsBackAsTheSameValue(String iso) {
        assertEquals(Optional.of(iso.equals("PT90M") ? "PT1H30M" : iso), PeriodText.iso(PeriodText.words(iso)));
    }
}
