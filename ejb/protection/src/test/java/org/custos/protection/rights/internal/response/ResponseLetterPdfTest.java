package org.custos.protection.rights.internal.response;

import static org.custos.protection.rights.internal.response.TextAssertions.assertSays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/** The letter answering an access request (D3, N1). */
class ResponseLetterPdfTest {

    @Test
    void theLetterIsAPdfToThePersonAboutTheirRequest_D3() throws IOException {
        byte[] pdf = ResponseLetterPdf.render(Packs.anAccessPackFor("Zoë Ó Briain"));

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertSays(PdfText.of(pdf), "Dear Zoë Ó Briain,", "20 October 2025", "Your request of 1 October 2025",
                "1 November 2025", "We confirm that we hold personal data about you");
    }

    @Test
    void aNameInChineseArabicGreekOrWithAnEmojiPrintsAsWrittenInEmbeddedFonts_D3() throws IOException {
        for (String name : List.of("王小明", "محمد علي", "Ελένη Παπαδοπούλου", "Łukasz Żółć 😀")) {
            byte[] pdf = ResponseLetterPdf.render(Packs.anAccessPackFor(name));

            assertSays(PdfText.of(pdf), "Dear " + name + ",", name);
        }
        assertEquals(List.of("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "NotoEmoji-Regular",
                "NotoNaskhArabic", "NotoSansSC-Regular"), PdfText.fonts(ResponseLetterPdf.render(
                        Packs.anAccessPackFor("王小明 محمد 😀"))), "every font embedded, none but these");
    }

    @Test
    void aCharacterNoFontHasPrintsAsAQuestionMarkAndAnInvisibleOneIsLeftOut_D3() throws IOException {
        String text = PdfText.of(ResponseLetterPdf.render(Packs.anAccessPackFor("김민준 Kim\u2060 ❤\uFE0F")));

        assertSays(text, "Dear ??? Kim ❤\uFE0F,");
    }

    @Test
    void theLetterGivesTheCopyByContextWithRedactionsMarked_D3() throws IOException {
        String text = PdfText.of(ResponseLetterPdf.render(Packs.anAccessPackFor("Ann Smith")));

        assertSays(text, "Your data: Recruitment", "Application (reference A-17)", "Campaign",
                "Finance officer 2025", "Your data: People register", "zoe@example.org",
                "[redacted: other people's information removed]");
        assertEquals(text.indexOf("[redacted"), text.lastIndexOf("[redacted"), "only the interview note is redacted");
    }

    @Test
    void aWithheldRecordIsCountedWithItsGroundButNotDescribed_D3() throws IOException {
        String text = PdfText.of(ResponseLetterPdf.render(Packs.anAccessPackFor("Ann Smith")));

        assertSays(text, "Recruitment: 1 record withheld, ground: References given in confidence");
        assertFalse(text.contains("Confidential reference"), text);
    }

    @Test
    void theLetterListsTheSupplementaryInformation_D3() throws IOException {
        String text = PdfText.of(ResponseLetterPdf.render(Packs.anAccessPackFor("Ann Smith")));

        assertSays(text, "Recruitment (lawful basis: Steps before a contract): Assessing applications",
                "Equal opportunities monitoring (lawful basis: Legal obligation)", "Employment history",
                "Hiring managers", "Your referees", "Payroll provider in Canada, adequacy regulations",
                "Unsuccessful applicants: 6 months after the campaign closes",
                "We make no decisions about you based solely on automated processing", "Rectification:",
                "Erasure:", "Restriction:", "Objection:", "Information Commissioner's Office (ICO)", "ico.org.uk",
                "0303 123");
    }

    @Test
    void whatIsNotRecordedSaysSo_D3() throws IOException {
        PackContent pack = Packs.anAccessPackFor("Ann Smith");
        PackContent withoutRecipientsOrTransfers = new PackContent(pack.subjectName(), pack.requestType(),
                pack.receivedOn(), pack.dueOn(), pack.producedOn(), pack.sections(), pack.withheld(),
                new SupplementaryInformation(pack.information().purposes(), pack.information().dataCategories(),
                        List.of(), pack.information().sources(), " ", pack.information().retention(), null));

        String text = PdfText.of(ResponseLetterPdf.render(withoutRecipientsOrTransfers));

        assertSays(text, "None recorded.", "None recorded: we do not transfer your data outside the UK.");
        assertFalse(text.contains("Hiring managers"), text);
    }

    @Test
    void someoneWeHoldNothingAboutIsToldSoAndStillGivenTheirRights_D3() throws IOException {
        String text = PdfText.of(ResponseLetterPdf.render(Packs.anEmptyPackFor("Ann Smith")));

        assertSays(text, "We confirm that we hold no personal data about you", "Rectification:",
                "ico.org.uk");
        assertFalse(text.contains("Your data:"), text);
        assertFalse(text.contains("How we use your data"), text);
    }
}
