package org.custos.protection.retention.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Page;

/**
 * The review queue of the retention engine (R6): the records that reached their retention date, grouped by context
 * and rule, each with the person, its record group, the day it fell due, why, and what holds it; the reviewer's
 * decisions (destroy, summarise, anonymise, or extend with a reason), carried out in the background one person's
 * context at a time; and the evidence of every decision, kept without the destroyed data. The DPM reviews every
 * item; HR reviews the items of the HR contexts when the organisation's configuration says so.
 */
@Local
public interface RetentionReview {

    /** How far each group's waiting items are counted: the groups are read on every visit to the queue. */
    int GROUP_COUNTED_MAX = 1_000;

    /**
     * Whether the caller reviews any records due: the DPM, and HR where the organisation's configuration lets HR
     * review the HR contexts. The queue's page is not for anyone else (a refusal the page records, X2).
     */
    boolean reviewsAny();

    /**
     * The queue's items the filter selects, the earliest due first, one page of them, with their holds; counted up
     * to {@link org.custos.domain.shared.Page#COUNTED_MAX}.
     */
    Page<QueueRow> queue(@NotNull QueueFilter filter, int first, int pageSize);

    /** How many items wait for a decision in each context and rule, counted up to {@link #GROUP_COUNTED_MAX}. */
    List<RuleGroup> groups();

    /**
     * Decides to dispose of the items (one or many) and starts carrying the decisions out in the background. An
     * item held (a legal hold, an open request, breach or case), one whose rule does not offer the disposal, or one
     * not waiting for a decision is refused with the reason, and the others are decided.
     */
    DecisionOutcome decide(@NotEmpty(message = "Choose at least one item.")
            @Size(max = 5000, message = "Choose at most {max} items at a time.") List<Long> itemIds,
            @NotNull(message = "Choose what to do with the records.") RetentionAction action);

    /** Keeps the items to a later date for a reason (R6); refused as a whole when the extension is not valid. */
    DecisionOutcome extend(@NotEmpty(message = "Choose at least one item.")
            @Size(max = 5000, message = "Choose at most {max} items at a time.") List<Long> itemIds,
            @NotNull @Valid ExtensionForm extension);

    /** How far the decisions being carried out are: waiting, done today and failed. */
    CarryingOut carryingOut();

    /** Carries out decisions left waiting (after a restart, or a run that stopped); none is carried out twice. */
    CarryingOut resume();

    /** The decisions carried out or extended, newest first, without the destroyed data. */
    Page<EvidenceRow> evidence(@NotNull EvidenceFilter filter, int first, int pageSize);

    /** The destruction report (PDF) of the decisions carried out between the two days, both included. */
    byte[] destructionReport(@NotNull(message = "Give the first day of the period.") LocalDate from,
            @NotNull(message = "Give the last day of the period.") LocalDate to);
}
