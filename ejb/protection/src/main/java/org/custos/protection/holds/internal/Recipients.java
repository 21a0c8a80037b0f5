package org.custos.protection.holds.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.custos.protection.holds.api.DisclosureRecipients;
import org.custos.security.api.RequestRefused;

/**
 * The recipients of disclosures as every deployed {@link DisclosureRecipients} knows them (D5, X4): an organisation
 * is named by the one that keeps it, and data goes to it only when none refuses. An organisation id no deployed
 * context knows is refused: a disclosure must name a recipient its notices can reach (ADR 0011).
 */
@Dependent
class Recipients {

    @Inject
    @Any
    Instance<DisclosureRecipients> found;

    /** The organisation's name, once it is known and may receive personal data today. */
    String acceptable(long organisationId) {
        String name = name(organisationId).orElseThrow(() -> new RequestRefused(
                "There is no such organisation in the register: choose the recipient from the list."));
        found.stream().map(recipients -> recipients.refusal(organisationId)).flatMap(Optional::stream).findFirst()
                .ifPresent(refusal -> {
                    throw new RequestRefused(refusal);
                });
        return name;
    }

    /** Whom a disclosure names, to be told of a rectification, erasure or restriction (D5, D6). */
    String told(Long organisationId, String recorded) {
        return organisationId == null ? recorded : told(name(organisationId), recorded);
    }

    /**
     * The organisation's name as it is now, followed by the recipient as recorded (the person or team there, or the
     * organisation's name then) when that says something more; the recorded recipient alone when no context knows it.
     */
    static String told(Optional<String> organisationName, String recorded) {
        return organisationName.map(name -> Objects.equals(name, recorded) ? name : name + " (" + recorded + ")")
                .orElse(recorded);
    }

    private Optional<String> name(long organisationId) {
        return found.stream().map(recipients -> recipients.name(organisationId)).flatMap(Optional::stream)
                .findFirst();
    }
}
