package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.security.AuditChainHead;
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

    private static final int BATCH = 5000;

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
        List<Row> entries;
        do {
            entries = rows(expected, end, BATCH);
            Map<Long, List<Long>> shown = entries.isEmpty() ? Map.of()
                    : PeopleShown.between(em, expected, entries.get(entries.size() - 1).position());
            for (Row entry : entries) {
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
        Row entry = rows(checkpoint.position(), checkpoint.position(), 1).stream().findFirst().orElse(null);
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

    /** The entries from position {@code from} to {@code to}, at most {@code limit}, read as their columns. */
    private List<Row> rows(long from, long to, int limit) {
        return em.createQuery("select e.position, e.occurredAt, e.actor, e.action, e.subjectId, e.recordType,"
                + " e.recordId, e.purposeId, e.outcome, e.detail, e.previousMac, e.mac from AuditEntry e"
                + " where e.position >= :from and e.position <= :to order by e.position", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultStream()
                .map(Row::of).toList();
    }

    private static String problem(AuditChain chain, Row entry, List<Long> shown, long expected,
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

    /** An entry as stored: read as columns, not as an entity, since millions are walked. */
    private record Row(long position, LocalDateTime occurredAt, String actor, String action, Long subjectId,
            String recordType, String recordId, Long purposeId, String outcome, String detail, String previousMac,
            String mac) {

        static Row of(Object[] columns) {
            return new Row((Long) columns[0], (LocalDateTime) columns[1], (String) columns[2], (String) columns[3],
                    (Long) columns[4], (String) columns[5], (String) columns[6], (Long) columns[7],
                    (String) columns[8], (String) columns[9], (String) columns[10], (String) columns[11]);
        }
    }
}
