package org.custos.protection.letters.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custos.domain.shared.LetterKind;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** A template's next version: over the newest only, with the placeholders its letter offers only. */
class TemplateVersionsTest {

    /** The newest version of the refusal's template is version 4, of id 70. */
    private static int next(long basedOn, String title, String body) {
        return TemplateVersions.next(LetterKind.REFUSAL, 70, 4, basedOn, title, body);
    }

    @Test
    void aSaveOverTheNewestVersionIsTheNextNumber() {
        assertEquals(5, next(70, "Our decision on {{request.receivedOn}}",
                "Dear {{person.name}}, because it is {{refusal.ground}}: {{refusal.reasons}}"));
    }

    @Test
    void aSaveOverAnOlderVersionIsRefused() {
        assertThrows(ConcurrentChange.class, () -> next(50, "Title", "Body"));
    }

    @Test
    void aPlaceholderThisLetterDoesNotOfferIsRefusedWithItsName() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> next(70,
                "About {{recipient.name}}", "Reply by {{request.extendedDueOn}}"));

        assertEquals("Title: The template uses a placeholder this letter does not have: {{recipient.name}}. Use only"
                + " those listed. The template uses a placeholder this letter does not have:"
                + " {{request.extendedDueOn}}. Use only those listed.", refused.getMessage());
        assertTrue(LetterKind.EXTENSION_NOTICE.placeholders().contains("request.extendedDueOn"),
                "offered by another letter, not by this one");
    }
}
