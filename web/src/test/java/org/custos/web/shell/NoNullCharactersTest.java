package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NoNullCharactersTest {

    @Test
    void aNulCharacterPostgreSqlWouldRefuseIsRemovedFromEveryValue() {
        assertEquals("ab", NoNullCharacters.withoutNulls("a\0b\0"));
        assertArrayEquals(new String[] {"x", "Zoë"}, NoNullCharacters.withoutNulls(new String[] {"\0x", "Zoë"}));
    }

    @Test
    void otherValuesAreLeftAsTheyAre() {
        assertEquals(" tab\there ", NoNullCharacters.withoutNulls(" tab\there "));
        assertNull(NoNullCharacters.withoutNulls((String) null));
    }
}
