package org.custos.protection.consent.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The ledger for the record contexts and the register's holder (L2): they record and withdraw consents taken with
 * their records, and read them back, inside their own facade calls. Not a facade: callers have checked roles and
 * audit the call. The same rules as {@link Consents} apply.
 */
public interface ConsentLedger {

    /** The seeded purpose of marketing (V2), which contacts' marketing consents serve. */
    long MARKETING = 7;

    /** The seeded purpose of the talent pool (V63), which unsuccessful applicants' consents to be kept serve. */
    long TALENT_POOL = 8;

    /**
     * Records a consent taken with one of {@code context}'s records.
     *
     * @throws org.custos.security.api.RequestRefused when a rule of {@code ConsentRules} refuses it
     */
    ConsentView record(ConsentForm form, String context, long recordId);

    /** Withdraws it as {@link Consents#withdraw} does, from the version the caller read. */
    ConsentView withdraw(long consentId, long version, WithdrawalForm form);

    /**
     * L2, D7: the person withdrew their consent to the purpose through the rights request {@code requestId}: each of
     * their consents to it still in force and given by {@code form}'s day is withdrawn on that day, how the form says,
     * naming the request; and the purpose stops for them from that day, once, naming the request, even when the ledger
     * held no consent of theirs to it. Returns the consents withdrawn, oldest first.
     */
    List<ConsentView> withdrawnThroughRequest(long subjectId, long purposeId, WithdrawalForm form, long requestId);

    /** The latest consent to {@code purposeId} taken with each of these records of {@code context}, by record id. */
    Map<Long, ConsentView> latestFor(String context, long purposeId, Collection<Long> recordIds);

    /**
     * The days of the latest consent to {@code purposeId} of every record of {@code context} that has one, by record
     * id, in one statement (retention reads them all, R1).
     */
    Map<Long, ConsentDays> daysFor(String context, long purposeId);

    /** How many consents each purpose has on the ledger, and how many of them are withdrawn, by purpose id. */
    Map<Long, ConsentCount> countsByPurpose();

    /** The person's consents, newest first. */
    List<ConsentView> of(long subjectId);

    /** Deletes the consents taken with these records of {@code context} (their erasure); returns how many. */
    int eraseFor(String context, Collection<Long> recordIds);
}
