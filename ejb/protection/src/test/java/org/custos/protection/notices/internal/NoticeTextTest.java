package org.custos.protection.notices.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** The notice's rich text is sanitised on the server before it is stored and shown as HTML. */
class NoticeTextTest {

    @Test
    void scriptsHandlersAndImagesAreRemovedAndFormattingKept() {
        assertEquals("<h2>Who we are</h2><p><strong>Acme</strong> <a href=\"https://acme.example\" "
                + "rel=\"nofollow noopener\">site</a></p>",
                NoticeText.sanitised("<h2 onclick=\"x()\">Who we are</h2><script>alert(1)</script><p><strong>Acme"
                        + "</strong> <a href=\"https://acme.example\">site</a><img src=x onerror=alert(1)></p>"));
        assertEquals("<p><a rel=\"nofollow noopener\">x</a></p>",
                NoticeText.sanitised("<p><a href=\"javascript:alert(1)\">x</a></p>"));
    }

    @Test
    void anEmptyEditorIsNoText() {
        assertNull(NoticeText.sanitised("<p><br></p>"));
        assertNull(NoticeText.sanitised(null));
    }

    @Test
    void textLongerThanTheLimitIsRefusedInWords() {
        String longText = "<p>" + "a".repeat(NoticeVersionForm.TEXT_MAX) + "</p>";
        assertThrows(RequestRefused.class, () -> NoticeText.sanitised(longText));
    }
}
