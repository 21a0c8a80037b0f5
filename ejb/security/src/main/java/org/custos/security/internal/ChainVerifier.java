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
 * and holds the entry checkpointed there. The first problem found is the answer. The walk covers the whole
 * chain, or only what was appended since the last checkpoint (quick, for every day; the whole chain is what
 * finds an older entry altered).
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

    /**
     * Walks the whole chain from its first entry, or ({@code sinceLast}) only the entries appended since the last
     * checkpoint: then the checkpointed entry must still be there, unaltered, and the walk starts after it.
     */
    Walk walk(Optional<Checkpoint> last, boolean sinceLast, LocalDateTime now) {
        AuditChain chain = key.chain();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        long end = head.lastPosition();
        String endMac = head.lastMac();
        boolean headSealed = chain.headMatches(end, endMac, head.mac());
        Optional<Checkpoint> from = last.filter(checkpoint -> sinceLast && checkpoint.position() > 0);
        if (from.isPresent()) {
            if (end < from.get().position()) {
                return broken(0, end + 1, cutBack(end, from.get()));
            }
            String problem = checkpointedEntryProblem(chain, from.get());
            if (problem != null) {
                return broken(0, from.get().position(), problem);
            }
        }
        long first = from.map(checkpoint -> checkpoint.position() + 1).orElse(1L);
        String previousMac = from.map(Checkpoint::mac).orElse(AuditChain.GENESIS_MAC);
        String checkpointedMac = from.isPresent() || last.filter(checkpoint -> checkpoint.position() == 0)
                .isPresent() ? previousMac : null;
        long expected = first;
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
                    return broken(expected - first, expected, problem);
                }
                previousMac = entry.mac();
                if (last.isPresent() && last.get().position() == entry.position()) {
                    checkpointedMac = previousMac;
                }
                expected++;
            }
            em.clear();
        } while (entries.size() == BATCH);
        long checked = expected - first;
        if (expected - 1 != end) {
            return broken(checked, expected,
                    "entries " + expected + " to " + end + " are missing from the end of the chain");
        }
        if (!headSealed || !previousMac.equals(endMac)) {
            return broken(checked, end + 1, "the chain's head was changed outside the application, so entries may "
                    + "have been removed from its end");
        }
        if (last.isPresent() && end < last.get().position()) {
            return broken(checked, end + 1, cutBack(end, last.get()));
        }
        if (last.isPresent() && !last.get().mac().equals(checkpointedMac)) {
            return broken(checked, last.get().position(), notCheckpointed(last.get()));
        }
        return new Walk(new ChainVerification(checked, null, null), new Checkpoint(end, endMac, now));
    }

    /** The checkpointed entry as the checkpoint recorded it, and as it was written. */
    private String checkpointedEntryProblem(AuditChain chain, Checkpoint checkpoint) {
        AuditEntry entry = em.find(AuditEntry.class, checkpoint.position());
        if (entry == null || !entry.mac().equals(checkpoint.mac())) {
            return notCheckpointed(checkpoint);
        }
        List<Long> shown = PeopleShown.between(em, entry.position(), entry.position())
                .getOrDefault(entry.position(), List.of());
        return problem(chain, entry, shown, entry.position(), entry.previousMac());
    }

    private static String cutBack(long end, Checkpoint checkpoint) {
        return "the chain ends at entry " + end + ", but it had reached entry " + checkpoint.position() + " on "
                + checkpoint.when() + ": entries were removed from its end";
    }

    private static String notCheckpointed(Checkpoint checkpoint) {
        return "entry " + checkpoint.position() + " is not the one recorded there on " + checkpoint.when();
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
