package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * One entry per call (X2): the audited facade call under way on this thread, which the audited calls it makes in
 * its own transaction, for the same caller, add to instead of writing entries of their own. A facade that checks
 * something through another audited facade (an account, an access grant, an approval) thus leaves exactly one
 * entry, by the caller, naming the outer call's record and person; what the inner calls did is kept in that
 * entry: each in its detail (action, record, outcome, their detail), the people they named among the people the
 * entry shows, and the first of them as its person when the outer call names none (a refusal before it read its
 * record). A call in another transaction (its own, or none) or for another caller writes its own entry, since
 * its outcome is not the outer call's.
 * <p>
 * Kept per thread in this one application-scoped bean, so the calls of every EJB module see the same.
 */
@ApplicationScoped
public class AuditedCalls {

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final ThreadLocal<Call> underWay = new ThreadLocal<>();

    /**
     * Starts an audited call: null when the call under way takes it in (same caller, same transaction), else the
     * new call under way, which must be {@link #end ended}.
     */
    Call start(String actor) {
        Object transaction = transactions.getTransactionKey();
        Call outer = underWay.get();
        if (outer != null && transaction != null && transaction.equals(outer.transaction)
                && Objects.equals(actor, outer.actor)) {
            return null;
        }
        Call call = new Call(actor, transaction, outer);
        underWay.set(call);
        return call;
    }

    /** Ends the call {@link #start} returned: the call it started within is under way again. */
    void end(Call call) {
        if (call.outer == null) {
            underWay.remove();
        } else {
            underWay.set(call.outer);
        }
    }

    /** What an inner call did, added to the entry of the call under way (the one that writes the entry). */
    void inner(AuditAction action, String recordType, String recordId, Long subjectId, AuditOutcome outcome,
            String detail, Collection<Long> shownSubjectIds) {
        Call call = underWay.get();
        call.notes.add("inside it, " + action.told(recordType) + (recordId == null ? "" : ", record " + recordId)
                + ": " + outcome.label() + (detail == null ? "" : " (" + detail + ")"));
        call.named(subjectId);
        call.people.addAll(shownSubjectIds);
    }

    /**
     * Adds {@code note} (and the person it names, if any) to the entry of the audited call under way; false when no
     * audited call is under way on this thread.
     */
    public boolean note(String note, Long subjectId) {
        Call call = underWay.get();
        if (call == null) {
            return false;
        }
        call.notes.add(note);
        call.named(subjectId);
        return true;
    }

    /** An audited call under way: the inner calls' notes and people, for its one entry. */
    static final class Call {

        private final String actor;
        private final Object transaction;
        private final Call outer;
        private final List<String> notes = new ArrayList<>();
        private final Set<Long> people = new LinkedHashSet<>();
        private Long firstNamed;

        private Call(String actor, Object transaction, Call outer) {
            this.actor = actor;
            this.transaction = transaction;
            this.outer = outer;
        }

        private void named(Long subjectId) {
            if (subjectId != null) {
                people.add(subjectId);
                firstNamed = firstNamed == null ? subjectId : firstNamed;
            }
        }

        /**
         * The entry's person: its own, or when it names none (a refusal before any record was read), the first person
         * an inner call named (the person whose sensitive data a gate refused, say).
         */
        Long subject(Long own) {
            return own != null ? own : firstNamed;
        }

        /** The entry's detail: its own, then what the inner calls did. */
        String detail(String own) {
            if (notes.isEmpty()) {
                return own;
            }
            String inner = String.join("; ", notes);
            return own == null || own.isEmpty() ? inner : own + "; " + inner;
        }

        /** The people the inner calls named besides the entry's subject, added to those the result shows. */
        List<Long> shown(List<Long> byResult, Long subjectId) {
            Set<Long> all = new LinkedHashSet<>(byResult);
            all.addAll(people);
            all.remove(subjectId);
            return all.stream().sorted().toList();
        }
    }
}
