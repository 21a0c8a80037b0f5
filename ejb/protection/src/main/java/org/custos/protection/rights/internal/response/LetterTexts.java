package org.custos.protection.rights.internal.response;

import java.util.List;

/**
 * The fixed wording of the letters to data subjects (the parts the law prescribes, after the DPM's template), kept
 * together so that it is reviewed together.
 */
final class LetterTexts {

    static final String WITHHELD = "Some information is not included because an exemption in the Data Protection Act"
            + " 2018 applies to it. We tell you how many records and on which ground, but not what they contain.";

    static final String NO_TRANSFERS = "None recorded: we do not transfer your data outside the UK.";
    static final String NO_AUTOMATED_DECISIONS = "We make no decisions about you based solely on automated"
            + " processing, including profiling.";

    static final String RIGHTS = "You also have the following rights. To use any of them, write to us or speak to"
            + " our Data Protection Manager.";
    static final List<String> EACH_RIGHT = List.of(
            "Rectification: you can ask us to correct data that is inaccurate and to complete data that is"
                    + " incomplete.",
            "Erasure: you can ask us to delete your data, for example when we no longer need it or when you"
                    + " withdraw the consent it relied on.",
            "Restriction: you can ask us to stop using your data, except to keep it, for example while we check"
                    + " that it is accurate.",
            "Objection: you can object to our use of your data for our legitimate interests; we then stop unless"
                    + " we have compelling grounds or need it for legal claims.",
            "Withdrawing consent: where we rely on your consent, you can withdraw it at any time; this does not"
                    + " undo what we did lawfully before.",
            "Portability: where we rely on your consent or a contract, you can ask for your data in a"
                    + " machine-readable format.");

    static final String ICO_COMPLAINT = "If you are unhappy with how we use your data or how we handled your"
            + " request, you can complain to the Information Commissioner's Office (ICO), the UK's data protection"
            + " regulator: ico.org.uk, telephone 0303 123 1113, Wycliffe House, Water Lane, Wilmslow, Cheshire"
            + " SK9 5AF.";
    static final String COURT_REMEDY = "You can also seek to enforce your rights through the courts (a judicial"
            + " remedy, UK GDPR Article 79). You may wish to take independent legal advice first.";

    private LetterTexts() {
    }
}
