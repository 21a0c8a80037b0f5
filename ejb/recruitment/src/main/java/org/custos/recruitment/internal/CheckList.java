package org.custos.recruitment.internal;

import java.util.ArrayList;
import java.util.List;
import org.custos.domain.recruitment.Application;
import org.custos.domain.recruitment.Reference;

/**
 * C2: the pre-employment checks a conditional offer starts, all needed before "checks complete": proofs of
 * identity and qualifications checked, every reference asked for received (at least one), the criminal-records
 * declaration and the health questionnaire recorded.
 */
final class CheckList {

    private CheckList() {
    }

    static List<String> missing(Application application, List<Reference> references) {
        List<String> missing = new ArrayList<>();
        if (application.identityCheckedOn() == null) {
            missing.add("proof of identity");
        }
        if (application.qualificationsCheckedOn() == null) {
            missing.add("proof of qualifications");
        }
        if (references.isEmpty() || references.stream().anyMatch(reference -> reference.receivedOn() == null)) {
            missing.add("references");
        }
        if (application.criminalDeclarationId() == null) {
            missing.add("criminal-records declaration");
        }
        if (application.healthQuestionnaireId() == null) {
            missing.add("health questionnaire");
        }
        return missing;
    }
}
