package org.custos.security.api;

/**
 * Whether a person stopped a purpose, by objecting to it or withdrawing their consent (D7, L2): the approval gate
 * asks before it lets anyone request or record a use of the person's data for that purpose. Protection keeps the
 * purposes and their stops and implements this port; security sits below protection and cannot read them
 * (ADR 0004). Not a facade: the gate calls it inside its own guarded, audited call.
 */
public interface StoppedPurposeCheck {

    /** @throws RequestRefused when the person stopped the purpose, saying which purpose, why and since when */
    void requireNotStopped(long subjectId, long purposeId);
}
