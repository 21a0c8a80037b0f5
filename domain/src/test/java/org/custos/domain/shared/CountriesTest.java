package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void countriesTypedAreReadByNameCodeOrUsualNameInOrderAndOnce() {
        Countries.Reading reading = Countries.read(" ireland, United States; IN, usa , UK,Scotland");
        assertEquals(List.of("IE", "US", "IN", "GB"), List.copyOf(reading.codes()));
        assertEquals(List.of(), reading.unknown());
        assertEquals("Ireland, United States, India, United Kingdom", Countries.names(reading.codes()));
    }

    @Test
    void aWordThatNamesNoCountryIsToldApart() {
        Countries.Reading reading = Countries.read("India, Narnia, ");
        assertEquals(Set.of("IN"), reading.codes());
        assertEquals(List.of("Narnia"), reading.unknown());
    }

    @Test
    void countriesAreNamedInEnglishFromTheirIsoCodes() {
        assertEquals("South Korea", Countries.name("KR"));
        assertEquals("Isle of Man", Countries.name("IM"));
        assertEquals(true, Countries.known("FO"));
        assertEquals(false, Countries.known("UK"));
    }
}
