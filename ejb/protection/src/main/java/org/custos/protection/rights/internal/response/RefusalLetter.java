package org.custos.protection.rights.internal.response;

import org.custos.protection.shared.letter.LetterBody;

/**
 * What the letter refusing a request (D4) says after the DPM's template (which gives the decision and the reasons):
 * the person's right to complain to the ICO and to seek a judicial remedy.
 */
public final class RefusalLetter {

    private RefusalLetter() {
    }

    public static void rights(LetterBody letter) {
        letter.heading("What you can do").paragraph(LetterTexts.ICO_COMPLAINT).paragraph(LetterTexts.COURT_REMEDY);
    }
}
