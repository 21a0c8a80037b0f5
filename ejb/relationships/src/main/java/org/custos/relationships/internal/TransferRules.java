package org.custos.relationships.internal;

import java.util.Optional;
import org.custos.domain.shared.Countries;
import org.custos.domain.shared.TransferMechanism;
import org.custos.relationships.api.TransferForm;

/**
 * When our data going to a country is safeguarded (UK GDPR Chapter V): any country outside the UK needs a mechanism;
 * UK adequacy holds only for a country on the adequacy list; the IDTA, the UK Addendum and binding corporate rules
 * rest on a transfer risk assessment (its date, outcome and document); an Article 49 exception says which and why.
 * {@link UnsafeguardedTransfers} asks the first two of every organisation at once, in SQL.
 */
final class TransferRules {

    private TransferRules() {
    }

    /** Whether data going to the country needs a transfer mechanism: anywhere but the UK. */
    static boolean needsMechanism(String country) {
        return !Countries.UK.equals(country);
    }

    /** Whether a transfer to the country is safeguarded by the mechanism recorded (none is null). */
    static boolean safeguarded(String country, TransferMechanism mechanism, boolean adequate) {
        return !needsMechanism(country) || mechanism != null && (mechanism != TransferMechanism.ADEQUACY || adequate);
    }

    /**
     * Why the safeguard cannot be recorded, or nothing when it can; no mechanism records the destination alone,
     * flagged until one is.
     */
    static Optional<String> refusal(TransferForm form, boolean adequate) {
        if (!Countries.known(form.country())) {
            return Optional.of("Choose the country from the list.");
        }
        if (!needsMechanism(form.country())) {
            return Optional.of("Data kept in the United Kingdom needs no transfer mechanism.");
        }
        TransferMechanism mechanism = form.mechanism();
        if (mechanism == TransferMechanism.ADEQUACY && !adequate) {
            return Optional.of(Countries.name(form.country()) + " is not on the UK adequacy list: choose another"
                    + " mechanism.");
        }
        if (mechanism != null && mechanism.needsRiskAssessment() && (form.assessedOn() == null
                || blank(form.assessmentOutcome()) || blank(form.assessmentDocument()))) {
            return Optional.of("The " + mechanism.label() + " needs a transfer risk assessment: enter its date,"
                    + " outcome and document.");
        }
        if (mechanism == TransferMechanism.ARTICLE_49 && (form.exception() == null || blank(form.exceptionReason()))) {
            return Optional.of("Choose the Article 49 exception and say why it applies to this transfer.");
        }
        return Optional.empty();
    }

    /** Why the country cannot join the adequacy list, or nothing when it can. */
    static Optional<String> adequacyRefusal(String country, boolean listed) {
        if (!Countries.known(country)) {
            return Optional.of("Choose the country from the list.");
        }
        if (!needsMechanism(country)) {
            return Optional.of("The United Kingdom needs no adequacy regulations of its own.");
        }
        return listed ? Optional.of(Countries.name(country) + " is already on the adequacy list.") : Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
