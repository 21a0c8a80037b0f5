package org.custos.protection.purposes.api;

import java.time.LocalDate;
import java.util.List;
import org.custos.domain.protection.Purpose;

/**
 * The purposes stopped for a person (D7, L2), for the other sub-areas of protection: the record of the stops, and
 * the refusal of a use for a stopped purpose. Not a facade: callers have checked roles and audit the call.
 */
public interface PurposeStops {

    /** The person's stops, oldest first. */
    List<PurposeStopView> of(long subjectId);

    /**
     * Stops the purpose for the person from {@code since}, because they withdrew their consent on the consent ledger
     * (L2), through the rights request {@code requestId} or none (null): what was done before stays lawful.
     */
    void consentWithdrawn(long subjectId, long purposeId, LocalDate since, Long requestId);

    /** @throws org.custos.security.api.RequestRefused when the person stopped the purpose */
    void requireUsable(long subjectId, Purpose purpose);
}
