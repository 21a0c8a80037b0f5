package org.custos.protection.processing.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.LawfulBasis;

/**
 * The rights a person has over data processed on a lawful basis, as the ICO's guidance on each basis sets them out:
 * access, rectification and restriction always; erasure unless the law requires the processing or it is a public
 * task; portability for consent and contract; objection for legitimate interests and public task; the withdrawal of
 * consent; and the rights about decisions made by automated means when there are any.
 */
final class RightsAvailable {

    private RightsAvailable() {
    }

    static List<String> under(LawfulBasis basis, boolean automatedDecisions) {
        List<String> rights = new ArrayList<>(List.of("Access", "Rectification"));
        if (basis != LawfulBasis.LEGAL_OBLIGATION && basis != LawfulBasis.PUBLIC_TASK) {
            rights.add("Erasure");
        }
        rights.add("Restriction");
        if (basis == LawfulBasis.CONSENT || basis == LawfulBasis.CONTRACT || basis == LawfulBasis.PRE_CONTRACT) {
            rights.add("Data portability");
        }
        if (basis == LawfulBasis.LEGITIMATE_INTERESTS || basis == LawfulBasis.PUBLIC_TASK) {
            rights.add("Objection");
        }
        if (basis == LawfulBasis.CONSENT) {
            rights.add("Withdrawing consent at any time");
        }
        if (automatedDecisions) {
            rights.add("Not to be subject to a decision based solely on automated processing, and to human review of"
                    + " one");
        }
        return rights;
    }
}
