package org.custos.protection.shared.letter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/**
 * A letter as PDF and as DOCX, each read back: the organisation's letterhead, the date in words, the text, the
 * signature block and the DPM's contact, and which template produced it.
 */
class LetterDocumentsTest {

    private static final String[] WHAT_EVERY_LETTER_SAYS = {"Northwind Trust", "1 High Street", "Leeds LS1 1AA",
        "Registered with the Information Commissioner's Office: ZA123456", "3 December 2026", "Dear Zoë Ó Briain,",
        "We have received your request", "Thank you for your request.", "We will reply by 4 January 2027.",
        "Received", "Rectification", "Erasure", "[redacted: a colleague's name removed]", "Yours sincerely,",
        "Sam Reed", "Chief Executive", "Our Data Protection Manager, Dana Park: dpm@northwind.example, 0113 496 0000"};

    @Test
    void thePdfCarriesTheLetterheadSignatureAndDpmContact() throws IOException {
        byte[] pdf = LetterPdf.render(Letters.aLetterFrom(Letters.anOrganisation(null)));

        assertSays(PdfText.of(pdf), WHAT_EVERY_LETTER_SAYS);
        PdfReader reader = new PdfReader(pdf);
        assertEquals("Acknowledgement of a request, version 2", reader.getInfo().get("Subject"));
        reader.close();
    }

    @Test
    void theDocxCarriesTheSameTextToEditBeforeSending() throws IOException {
        byte[] docx = LetterDocx.render(Letters.aLetterFrom(Letters.anOrganisation(null)));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertSays(extractor.getText(), WHAT_EVERY_LETTER_SAYS);
            assertEquals("We have received your request", document.getProperties().getCoreProperties().getTitle());
            assertEquals("Acknowledgement of a request, version 2",
                    document.getProperties().getCoreProperties().getDescription());
            assertTrue(document.getAllPictures().isEmpty(), "no logo set, none printed");
        }
    }

    @Test
    void theLogoHeadsBothFormats() throws IOException {
        for (String format : new String[] {"png", "jpg"}) {
            LetterDocument letter = Letters.aLetterFrom(Letters.anOrganisation(Letters.anImage(format)));

            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(LetterDocx.render(letter)))) {
                assertEquals(1, document.getAllPictures().size(), format);
                assertEquals(format.equals("png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                        document.getAllPictures().get(0).getPictureType(), format);
            }
            PdfReader reader = new PdfReader(LetterPdf.render(letter));
            String content = new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1);
            reader.close();
            assertTrue(content.contains(" Do"), "an image is drawn on the first page: " + format);
        }
    }

    @Test
    void anOrganisationNotSetUpYetStillSignsAsTheDataProtectionManager() throws IOException {
        Sender nothingSet = new Sender(null, null, null, null, null, null, null, null, null);

        String text = PdfText.of(LetterPdf.render(Letters.aLetterFrom(nothingSet)));

        assertTrue(text.indexOf("Data Protection Manager") > text.indexOf("Yours sincerely,"), text);
        assertFalse(text.contains("Registered with"), text);
        assertFalse(text.contains("Our Data Protection Manager"), text);
    }

    private static void assertSays(String text, String... parts) {
        assertAll(Arrays.stream(parts).map(part -> () ->
                assertTrue(text.contains(part), () -> "missing \"" + part + "\" in:\n" + text)));
    }
}
