package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.security.AuditChainHead;
import org.custos.domain.security.AuditEntry;
import org.custos.security.api.ChainVerification;

/**
 * The audit chain's verification (X2). It reads the head first and walks the entries up to the one the head
 * names (entries appended meanwhile are the next verification's), checking each entry's place, link and MAC;
 * then that the head's own MAC covers that last entry; then that the chain still reaches the last checkpoint
 * and holds the entry checkpointed there. The first problem found is the answer.
 */
@Dependent
public class ChainVerifier {

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditKey key;

    /** What the walk found, and the checkpoint to write when the chain is intact (else null). */
    record Walk(ChainVerification verification, Checkpoint reached) {
    }

    Walk walk(Optional<Checkpoint> last, LocalDateTime now) {
        AuditChain chain = key.chain();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long end = head.lastPosition();
        String endMac = head.lastMac();
        boolean headSealed = chain.headMatches(end, endMac, head.mac());
        String previousMac = AuditChain.GENESIS_MAC;
        String checkpointedMac = last.filter(checkpoint -> checkpoint.position() == 0).isPresent() ? previousMac
                : null;
        long expected = 1;
        TypedQuery<AuditEntry> batch = em.createQuery("select e from AuditEntry e"
                + " where e.position >= :from and e.position <= :end order by e.position", AuditEntry.class);
        List<AuditEntry> entries;
        do {
            entries = batch.setParameter("from", expected).setParameter("end", end).setMaxResults(BATCH)
                    .getResultList();
            Map<Long, List<Long>> shown = entries.isEmpty() ? Map.of()
                    : PeopleShown.between(em, expected, entries.get(entries.size() - 1).position());
            for (AuditEntry entry : entries) {
                String problem = problem(chain, entry, shown.getOrDefault(entry.position(), List.of()), expected,
                        previousMac);
                if (problem != null) {
                    return broken(expected - 1, expected, problem);
                }
                previousMac = entry.mac();
                if (last.isPresent() && last.get().position() == entry.position()) {
                    checkpointedMac = previousMac;
                }
                expected++;
            }
            em.clear();
        } while (entries.size() == BATCH);
        if (expected - 1 != end) {
            return broken(expected - 1, expected,
                    "entries " + expected + " to " + end + " are missing from the end of the chain");
        }
        if (!headSealed || !previousMac.equals(endMac)) {
            return broken(end, end + 1, "the chain's head was changed outside the application, so entries may "
                    + "have been removed from its end");
        }
        if (last.isPresent() && end < last.get().position()) {
            return broken(end, end + 1, "the chain ends at entry " + end + ", but it had reached entry "
                    + last.get().position() + " on " + last.get().when() + ": entries were removed from its end");
        }
        if (last.isPresent() && !last.get().mac().equals(checkpointedMac)) {
            return broken(last.get().position() - 1, last.get().position(), "entry " + last.get().position()
                    + " is not the one recorded there on " + last.get().when());
        }
        return new Walk(new ChainVerification(end, null, null), new Checkpoint(end, endMac, now));
    }

    private static Walk broken(long checked, long position, String problem) {
        return new Walk(new ChainVerification(checked, position, problem), null);
    }

    private static String problem(AuditChain chain, AuditEntry entry, List<Long> shown, long expected,
            String previousMac) {
        if (entry.position() != expected) {
            return "entry " + expected + " is missing";
        }
        if (!entry.previousMac().equals(previousMac)) {
            return "entry " + expected + " does not follow entry " + (expected - 1);
        }
        AuditChain.Link link = new AuditChain.Link(entry.position(), entry.occurredAt(), entry.actor(),
                entry.action(), entry.subjectId(), entry.recordType(), entry.recordId(), entry.purposeId(),
                entry.outcome(), entry.detail(), shown);
        return chain.matches(link, previousMac, entry.mac()) ? null : "entry " + expected + " was altered";
    }
}
