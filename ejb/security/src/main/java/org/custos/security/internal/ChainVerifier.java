package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
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

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The entries are read past the entity manager: millions, in one streamed pass ({@link ChainEntries}). */
    @Resource(lookup = "jdbc/custos")
    DataSource database;

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
        try (Connection connection = database.getConnection();
                ChainEntries entries = ChainEntries.between(connection, first, end)) {
            while (entries.next()) {
                String problem = problem(chain, entries, expected, previousMac);
                if (problem != null) {
                    return broken(expected - first, expected, problem);
                }
                previousMac = entries.mac();
                if (last.isPresent() && last.get().position() == expected) {
                    checkpointedMac = previousMac;
                }
                expected++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain", e);
        }
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
        try (Connection connection = database.getConnection();
                ChainEntries entry = ChainEntries.between(connection, checkpoint.position(), checkpoint.position())) {
            if (!entry.next() || !entry.mac().equals(checkpoint.mac())) {
                return notCheckpointed(checkpoint);
            }
            return problem(chain, entry, checkpoint.position(), entry.previousMac());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit chain", e);
        }
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

    private static String problem(AuditChain chain, ChainEntries entry, long expected, String previousMac) {
        if (entry.link().position() != expected) {
            return "entry " + expected + " is missing";
        }
        if (!entry.previousMac().equals(previousMac)) {
            return "entry " + expected + " does not follow entry " + (expected - 1);
        }
        return chain.matches(entry.link(), previousMac, entry.mac()) ? null : "entry " + expected + " was altered";
    }
}
