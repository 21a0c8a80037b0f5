/**
 * A letter from the organisation to a person, once, in two formats: the letter as blocks of text ({@link
 * org.custos.protection.shared.letter.LetterDocument}) with the organisation's letterhead, signature block and the
 * Data Protection Manager's contact ({@link org.custos.protection.shared.letter.Sender}), laid out as a PDF to send
 * ({@link org.custos.protection.shared.letter.LetterPdf}) or as a Word document (DOCX) to edit before sending
 * ({@link org.custos.protection.shared.letter.LetterDocx}); and the DPM's templates, Mustache text whose
 * placeholders are checked against those a letter offers ({@link org.custos.protection.shared.letter.TemplateText}).
 * <p>
 * Plain Java, no container. May use: {@code shared.pdf}, {@code shared}, OpenPDF, Mustache.java, Apache POI (XWPF)
 * and the JDK.
 */
package org.custos.protection.shared.letter;
