package org.custos.protection.spi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.DataContext;

/**
 * The personal-data SPI (DESIGN §3, ADR 0003): each context that holds personal data implements it once, as a
 * CDI bean, and the rights and retention engines know only this interface. Methods run in the caller's
 * transaction; the caller has already checked roles and audits the call.
 */
public interface PersonalDataHolder {

    /** The context whose records these are, from the one registry of contexts. */
    DataContext context();

    /** The retention rules of this context's records (R1-R5), each with its setting and default; may be empty. */
    List<RetentionRule> retentionRules();

    /** How often groups of this context's records are checked with the person (A1), each a setting; may be empty. */
    default List<AccuracyReview> accuracyReviews() {
        return List.of();
    }

    /**
     * What this context's records hold and about whom, for the data map of a breach (X5): the people are counted in
     * SQL from its query, never loaded.
     */
    HeldData heldData();

    /** Everything this context holds about the person, for access (D3) and portability (D7). */
    SubjectDataSection export(long subjectId);

    /** Erases or anonymises the person's data here; reports what it had to keep and why (D5, R6). */
    ErasureOutcome erase(long subjectId);

    /**
     * As {@link #export}, for the server resuming at its start a compile the DPM started and a crash cut short (D3),
     * with no one signed in. By default the same; a holder that reads through a facade of its own context that
     * checks the caller's role reads through that context's door for the resumption instead.
     */
    default SubjectDataSection exportWithNoOneSignedIn(long subjectId) {
        return export(subjectId);
    }

    /**
     * As {@link #erase}, for the server finishing at its start an erasure {@code startedBy} (a DPM) started and a
     * crash cut short (D5), with no one signed in; by default the same (see {@link #exportWithNoOneSignedIn}).
     */
    default ErasureOutcome eraseWithNoOneSignedIn(long subjectId, String startedBy) {
        return erase(subjectId);
    }

    /**
     * The fields of the person's records here that a rectification may correct (D5), with their values now; an
     * empty list when nothing here can be corrected.
     */
    List<CorrectableField> correctable(long subjectId);

    /**
     * Makes the corrections here, each to a field {@link #correctable} listed (D5). A correction this context cannot
     * make (the value breaks a rule, the record has gone) is refused with the reason, and the others are made.
     */
    RectificationOutcome rectify(long subjectId, List<Correction> corrections);

    /** Restricts the person's data here (D6), or lifts the restriction. */
    void restrict(long subjectId, boolean restricted);

    /** This context's records that reached their retention date by {@code asOf} (R6). */
    List<RetentionItem> dueForReview(LocalDate asOf);

    /**
     * Destroys what one item this holder listed {@link #dueForReview due} names, once the reviewer decided so (R6),
     * and reports what went and what was kept. By default the person's data here is erased, as {@link #erase} does:
     * enough for a holder whose erasure takes only what is due and keeps the rest with its reason. A holder whose
     * records have periods of their own shorter than the person's (the message of a complaint before its file)
     * destroys just the item.
     */
    default ErasureOutcome destroyDue(RetentionItem item) {
        return erase(item.subjectId());
    }

    /**
     * Carries out a reviewer's decision on one item this holder listed due (R3, R6, R7): {@link Disposal#DESTROY}
     * destroys it as {@link #destroyDue} does; a holder whose rules offer a summary or anonymisation at their end
     * overrides this for them. By default neither is done here and the item is kept with the reason.
     */
    default ErasureOutcome dispose(RetentionItem item, Disposal disposal) {
        if (disposal == Disposal.DESTROY) {
            return destroyDue(item);
        }
        return new ErasureOutcome(context().key(), 0, List.of("This record cannot be "
                + (disposal == Disposal.SUMMARISE ? "cut down to a summary" : "anonymised")
                + " here: destroy it or extend its period."));
    }

    /**
     * The open cases of this context that concern any of these people (a complaint not yet closed), each in words,
     * by person: while one is open it holds all that person's records from retention (R6). Empty by default.
     */
    default Map<Long, List<String>> openCasesConcerning(Collection<Long> subjectIds) {
        return Map.of();
    }
}
