package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Searching finds a name however it is accented, and takes what was typed literally. */
class SearchTextTest {

    @Test
    void accentsCaseAndSpacesAreFoldedAway() {
        assertEquals("zoe nunez", SearchText.folded("  Zoë   Ñúñez "));
        assertEquals(SearchText.folded("Zoe Nunez"), SearchText.folded("ZOË ÑÚÑEZ"));
        assertEquals("francois lodz dvorak", SearchText.folded("François Łódź Dvořák"));
    }

    @Test
    void lettersThatAreNotAccentedLettersBecomeTheirPlainSpelling() {
        assertEquals("strasse aero oeuvre thorn oslo dord halim i",
                SearchText.folded("Straße Ærø Œuvre Þorn Øslo Đorđ Ħalim ı"));
    }

    @Test
    void foldingAtMostDoublesTheLength() {
        String longest = "ß".repeat(401);
        assertTrue(SearchText.folded(longest).length() <= 2 * longest.length());
    }

    @Test
    void percentUnderscoreAndBackslashAreFoundLiterally() {
        assertEquals("%100\\% \\_sure\\\\%", SearchText.anywhere("100% _sure\\"));
        assertEquals("%nunez%", SearchText.anywhere("nunez"));
    }

    @Test
    void noTextIsFoldedToNothing() {
        assertEquals("", SearchText.folded(null));
    }
}
