package org.custos.protection.rights.internal.response;

import static org.custos.protection.rights.internal.response.TextAssertions.assertSays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.custos.protection.shared.letter.LetterPdf;
import org.custos.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/** What the letter answering an access request says after the DPM's template (D3, N1), and the refusal's rights (D4). */
class ResponseLetterTest {

    private static String letterOf(PackContent pack) throws IOException {
        return PdfText.of(LetterPdf.render(Packs.aLetterTo(pack.subjectName(),
                body -> ResponseLetter.body(pack, body))));
    }

    @Test
    void theLetterGivesTheRequestWithEveryDateInWords_D3() throws IOException {
        assertSays(letterOf(Packs.anAccessPackFor("Zoë Ó Briain")), "Dear Zoë Ó Briain,", "20 October 2025",
                "Your request of 1 October 2025", "1 November 2025");
    }

    @Test
    void aNameInChineseArabicGreekOrWithAnEmojiPrintsAsWrittenInEmbeddedFonts_D3() throws IOException {
        for (String name : List.of("王小明", "محمد علي", "Ελένη Παπαδοπούλου", "Łukasz Żółć 😀")) {
            assertSays(letterOf(Packs.anAccessPackFor(name)), "Dear " + name + ",", name);
        }
        PackContent pack = Packs.anAccessPackFor("王小明 محمد 😀");
        assertEquals(List.of("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic", "NotoEmoji-Regular",
                "NotoNaskhArabic", "NotoSansSC-Regular"), PdfText.fonts(LetterPdf.render(Packs.aLetterTo(
                        pack.subjectName(), body -> ResponseLetter.body(pack, body)))),
                "every font embedded, none but these");
    }

    @Test
    void aCharacterNoFontHasPrintsAsAQuestionMarkAndAnInvisibleOneIsLeftOut_D3() throws IOException {
        assertSays(letterOf(Packs.anAccessPackFor("김민준 Kim\u2060 ❤\uFE0F")), "Dear ??? Kim ❤\uFE0F,");
    }

    @Test
    void theCopyIsGroupedByWhatTheDataIsToThePersonNotByContext_D3() throws IOException {
        String text = letterOf(Packs.anAccessPackFor("Ann Smith"));

        assertSays(text, "Your application for Finance officer, September 2025", "Application (reference A-17)",
                "Interview note (reference N-4)", "Finance officer 2025", "Your details", "Data subject (reference 51)",
                "zoe@example.org");
        assertFalse(text.contains("Your data: Recruitment"), text);
        assertEquals(text.indexOf("Your application for"), text.lastIndexOf("Your application for"),
                "the application and its interview note under one heading");
        assertTrue(text.indexOf("Interview note") < text.indexOf("Your details"), text);
    }

    @Test
    void aRedactionStatesTheReasonTheDpmRecorded_D3() throws IOException {
        String text = letterOf(Packs.anAccessPackFor("Ann Smith"));

        assertSays(text, "[redacted: the other candidates' names removed]");
        assertEquals(text.indexOf("[redacted"), text.lastIndexOf("[redacted"), "only the interview note is redacted");
    }

    @Test
    void aWithheldRecordIsCountedWithItsGroundButNotDescribed_D3() throws IOException {
        String text = letterOf(Packs.anAccessPackFor("Ann Smith"));

        assertSays(text, "Recruitment: 1 record withheld, ground: References given in confidence");
        assertFalse(text.contains("Confidential reference"), text);
    }

    @Test
    void theLetterListsTheSupplementaryInformation_D3() throws IOException {
        assertSays(letterOf(Packs.anAccessPackFor("Ann Smith")),
                "Recruitment (lawful basis: Steps before a contract): Assessing applications",
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

        String text = letterOf(withoutRecipientsOrTransfers);

        assertSays(text, "None recorded.", "None recorded: we do not transfer your data outside the UK.");
        assertFalse(text.contains("Hiring managers"), text);
    }

    @Test
    void someoneWeHoldNothingAboutIsStillGivenTheirRights_D3() throws IOException {
        PackContent pack = Packs.anEmptyPackFor("Ann Smith");
        String text = letterOf(pack);

        assertFalse(ResponseLetter.holdsData(pack));
        assertSays(text, "Rectification:", "ico.org.uk");
        assertFalse(text.contains("How we use your data"), text);
    }

    @Test
    void theRefusalTellsThePersonTheyMayComplainToTheIcoOrGoToCourt_D4() throws IOException {
        String text = PdfText.of(LetterPdf.render(Packs.aLetterTo("Ann Smith", RefusalLetter::rights)));

        assertSays(text, "Information Commissioner's Office (ICO)", "ico.org.uk", "0303 123",
                "enforce your rights through the courts", "judicial");
    }
}
