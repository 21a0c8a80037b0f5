package org.custos.protection.rights.internal.response;

import static org.custos.protection.rights.internal.response.TextAssertions.assertSays;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/** The letter refusing a manifestly unfounded or excessive request (D4). */
class RefusalLetterPdfTest {

    private static final String REASONS = "You have asked for the same records every week since June.";

    @Test
    void theRefusalGivesTheGroundAndTheReasons_D4() throws IOException {
        byte[] pdf = RefusalLetterPdf.render(Packs.aRefusalOf("Zoë Ó Briain", REASONS));

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertSays(PdfText.of(pdf), "Dear Zoë Ó Briain,", "24 October 2025", "Your request of 1 October 2025",
                "Refused: manifestly excessive", "refuse your request because it is manifestly excessive",
                "Our reasons", REASONS);
    }

    @Test
    void theRefusalPrintsANameAndReasonsInAnyScript_D4() throws IOException {
        String reasons = "Every week since June: 每周一次 / كل أسبوع 📅";

        String text = PdfText.of(RefusalLetterPdf.render(Packs.aRefusalOf("李华 and فاطمة الزهراء", reasons)));

        assertSays(text, "Dear 李华 and فاطمة الزهراء,", reasons);
    }

    @Test
    void theRefusalTellsThePersonTheyMayComplainToTheIcoOrGoToCourt_D4() throws IOException {
        String text = PdfText.of(RefusalLetterPdf.render(Packs.aRefusalOf("Ann Smith", REASONS)));

        assertSays(text, "Information Commissioner's Office (ICO)", "ico.org.uk", "0303 123",
                "enforce your rights through the courts", "judicial");
    }
}
