package org.custos.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentNameTest {

    @Test
    void aNameLosesTheFoldersItCameWith() {
        assertEquals("passwd", DocumentName.clean("../../etc/passwd"));
        assertEquals("fit-note.pdf", DocumentName.clean("C:\\Users\\ann\\Documents\\fit-note.pdf"));
        assertEquals("fit-note.pdf", DocumentName.clean("..\\..//fit-note.pdf"));
    }

    @Test
    void controlAndBidirectionalCharactersAreRemoved() {
        assertEquals("fit-note.pdf", DocumentName.clean("fit-\u0000note\r\n.pdf\u0007"));
        assertEquals("invoicefdp.exe", DocumentName.clean("invoice\u202Efdp.exe"), "shown as invoiceexe.pdf");
        assertEquals("letter.pdf", DocumentName.clean("\u2066letter\u2069\u200E.pdf\u2028"));
    }

    @Test
    void namesInAnyScriptAreKept() {
        assertEquals("王小明 简历.pdf", DocumentName.clean("王小明 简历.pdf"));
        assertEquals("سيرة محمد.docx", DocumentName.clean("سيرة محمد.docx"));
        assertEquals("Zoë Ó Briain 🎓.odt", DocumentName.clean("  Zoë Ó Briain 🎓.odt "));
    }

    @Test
    void aNameOfNothingButFoldersOrDotsBecomesDocument() {
        assertEquals("document", DocumentName.clean("../"));
        assertEquals("document", DocumentName.clean(".."));
        assertEquals("document", DocumentName.clean("\u202E\u0000 "));
    }

    @Test
    void aWindowsDeviceNameIsNotKeptAsTheName_issue20() {
        assertEquals("CON-document", DocumentName.clean("CON"));
        assertEquals("nul-document.pdf", DocumentName.clean("nul.pdf"));
        assertEquals("LPT1-document.tar.gz", DocumentName.clean("LPT1.tar.gz"));
        assertEquals("CONTRACT.pdf", DocumentName.clean("CONTRACT.pdf"));
        assertEquals("COM-letter.pdf", DocumentName.clean("COM-letter.pdf"));
    }

    @Test
    void theDownloadedNameTakesTheExtensionOfTheDetectedType() {
        assertEquals("scan.pdf", DocumentName.forDownload("scan.png", DocumentType.PDF));
        assertEquals("invoicefdp.pdf", DocumentName.forDownload("invoice\u202Efdp.exe", DocumentType.PDF));
        assertEquals("letter.docx", DocumentName.forDownload("letter", DocumentType.DOCX));
        assertEquals("Dr. Smith letter.odt", DocumentName.forDownload("Dr. Smith letter", DocumentType.ODT));
        assertEquals("document.pdf", DocumentName.forDownload(".pdf", DocumentType.PDF));
    }

    @Test
    void aDownloadedNameWithTheRightExtensionIsKeptAsItIs() {
        assertEquals("Fit Note.PDF", DocumentName.forDownload("Fit Note.PDF", DocumentType.PDF));
        assertEquals("photo.jpeg", DocumentName.forDownload("photo.jpeg", DocumentType.JPEG));
        assertEquals("passwd.png", DocumentName.forDownload("/etc/passwd.png", DocumentType.PNG));
    }
}
