package org.custos.protection.consent.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/** The consent ledger (L2) for HR and the DPM: record a consent, withdraw it, read a person's history. */
@Local
public interface Consents {

    /**
     * Records a consent: only with an explicit "agreed", a notice version, a day not in the future.
     *
     * @throws org.custos.security.api.RequestRefused when a rule of {@code ConsentRules} refuses it
     */
    ConsentView record(@NotNull @Valid ConsentForm form);

    /**
     * Withdraws a consent, one action: recorded with how and the day, and the purpose stops for the person from that
     * day on (D7's stops), without undoing what was done before.
     *
     * @throws org.custos.security.api.ConcurrentChange when someone else changed it in between
     * @throws org.custos.security.api.RequestRefused when it was withdrawn already, or the day is before it was given
     */
    ConsentView withdraw(@RecordId long consentId, long version, @NotNull @Valid WithdrawalForm form);

    /**
     * A consent given on the website, sent in under an intake token: recorded for the one person on the register with
     * the email address given, else for the person registered as they gave themselves; by web form, today, under the
     * same rules as {@link #record}.
     *
     * @throws org.custos.security.api.RequestRefused when a rule of {@code ConsentRules} refuses it
     */
    ConsentsReceived receive(@NotNull @Valid ReceivedConsent form);

    /**
     * A consent withdrawn on the website, sent in under an intake token: every consent to the purpose still in force
     * of the people with the email address is withdrawn by web form today, as {@link #withdraw} does (none when no
     * one has the address: the sender is not told).
     */
    ConsentsReceived receiveWithdrawal(@NotNull @Valid ReceivedWithdrawal form);

    /** The person's consents, newest first, withdrawn ones included. */
    List<ConsentView> history(@SubjectId long subjectId);

    /**
     * The document kept as a consent's evidence (L2, ADR 0005), to download; the audit trail records it as an export.
     *
     * @throws org.custos.security.api.AccessRefused when there is no such consent
     * @throws org.custos.security.api.RequestRefused when the consent has no evidence document
     */
    DocumentDownload evidence(@RecordId long consentId);
}
