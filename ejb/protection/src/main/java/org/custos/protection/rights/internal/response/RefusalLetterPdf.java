package org.custos.protection.rights.internal.response;

/**
 * The letter refusing a request as manifestly unfounded or excessive (D4): the decision, the reasons and the
 * person's right to complain to the ICO and to seek a judicial remedy.
 */
public final class RefusalLetterPdf {

    private RefusalLetterPdf() {
    }

    public static byte[] render(RefusalContent refusal) {
        return Letter.write("Your request: our decision", refusal.subjectName(), refusal.refusedOn(), letter -> {
            letter.request(refusal.requestType(), refusal.receivedOn(),
                    new PackField("Decision", "Refused: " + refusal.ground()));
            letter.paragraph("We have decided to refuse your request because it is " + refusal.ground() + ". "
                    + LetterTexts.REFUSAL_LAW);
            letter.heading("Our reasons").paragraph(refusal.reasons());
            letter.heading("What you can do").paragraph(LetterTexts.ICO_COMPLAINT).paragraph(LetterTexts.COURT_REMEDY);
        });
    }
}
