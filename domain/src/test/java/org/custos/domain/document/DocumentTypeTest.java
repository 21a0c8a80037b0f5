package org.custos.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.custos.testsupport.Documents;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void acceptedTypesAreToldByTheirContent() {
        assertEquals(DocumentType.PDF, DocumentType.of("letter.pdf", Documents.pdf("Fit note")));
        assertEquals(DocumentType.DOCX, DocumentType.of("letter.docx", Documents.docx()));
        assertEquals(DocumentType.ODT, DocumentType.of("letter.odt", Documents.odt()));
        assertEquals(DocumentType.PNG, DocumentType.of("scan.png", Documents.png()));
        assertEquals(DocumentType.JPEG, DocumentType.of("scan.jpg", Documents.jpeg()));
    }

    @Test
    void theNameDoesNotDecideTheType() {
        assertEquals(DocumentType.PDF, DocumentType.of("scan.png", Documents.pdf("Fit note")));
        assertEquals(DocumentType.ODT, DocumentType.of("letter.docx", Documents.odt()));
    }

    @Test
    void aRenamedExecutableIsRefusedWithTheReason() {
        RefusedDocument refused = assertThrows(RefusedDocument.class,
                () -> DocumentType.of("fit-note.pdf", Documents.executable()));
        assertEquals("fit-note.pdf is not a document Custos accepts: it is a program (application/x-msdownload), "
                + "whatever its name says. Accepted: PDF, Word (DOCX), OpenDocument text (ODT), PNG image, JPEG image.",
                refused.getMessage());
    }

    @Test
    void aZipOrASpreadsheetNamedDocxIsRefused() {
        assertThrows(RefusedDocument.class, () -> DocumentType.of("letter.docx", Documents.zip()));
        assertThrows(RefusedDocument.class, () -> DocumentType.of("letter.docx", Documents.xlsx()));
    }

    @Test
    void aZipBombIsRefusedAfterAFewMegabytesInsteadOfBeingUnpackedWhole() {
        byte[] bomb = Documents.wordZipBomb(64);

        RefusedDocument refused = assertThrows(RefusedDocument.class, () -> DocumentType.of("letter.docx", bomb));

        assertTrue(bomb.length < 1024 * 1024, "small on disk: " + bomb.length);
        assertTrue(refused.getMessage().startsWith("letter.docx is refused: it would unpack to more than "),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith(" MB, far more than a document of its size. It may be damaged, "
                + "or made to overload the server."), refused.getMessage());
    }

    @Test
    void aPackageWithMorePartsThanAnyDocumentIsRefused() {
        assertEquals(DocumentType.DOCX, DocumentType.of("long.docx", Documents.docxWithParts(OfficePackage.MAX_PARTS)));

        RefusedDocument refused = assertThrows(RefusedDocument.class,
                () -> DocumentType.of("long.docx", Documents.docxWithParts(OfficePackage.MAX_PARTS + 1)));

        assertEquals("long.docx is refused: it holds more than 1000 parts, far more than any document has.",
                refused.getMessage());
    }

    @Test
    void aMacroEnabledWordDocumentIsRefusedWhateverItsName() {
        RefusedDocument refused = assertThrows(RefusedDocument.class,
                () -> DocumentType.of("letter.docx", Documents.docm()));

        assertEquals("letter.docx contains macros, which Custos does not accept. Save it as a document without "
                + "macros (Word (DOCX) or OpenDocument text (ODT)) and upload that.", refused.getMessage());
    }

    @Test
    void aVbaProjectInAWordDocumentIsRefused() {
        assertThrows(RefusedDocument.class, () -> DocumentType.of("letter.docx", Documents.docxWithVbaProject()));
    }

    @Test
    void anOpenDocumentWithBasicMacrosIsRefused() {
        assertThrows(RefusedDocument.class, () -> DocumentType.of("letter.odt", Documents.odtWithMacros()));
    }

    @Test
    void emptyContentIsRefused() {
        assertThrows(RefusedDocument.class, () -> DocumentType.of("empty.pdf", new byte[0]));
    }

    @Test
    void theFactsKeepTheNameSizeAndTheSha256OfTheBytes() throws Exception {
        byte[] pdf = Documents.pdf("Fit note");
        DocumentFacts facts = DocumentFacts.of("C:\\Scans\\fit-note.pdf\u202E", pdf);
        assertEquals(new DocumentFacts("fit-note.pdf", DocumentType.PDF, pdf.length,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))), facts);
    }
}
