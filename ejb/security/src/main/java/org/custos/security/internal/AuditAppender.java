package org.custos.security.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * Appends entries to the audit chain and returns once the entry is committed, or throws what prevented it; each
 * commits on its own, so refused and failed calls are recorded even though their own transaction rolls back.
 * <p>
 * Entries are committed in groups (group commit): one writer at a time, on a thread of the managed executor,
 * takes every entry waiting and appends them in one transaction, so many users at once lock the chain's head
 * once per group instead of once per entry, and an entry can be appended from a thread whose own transaction is
 * just completing. A group that fails is retried one entry at a time, so one bad entry fails only its caller.
 */
@ApplicationScoped
public class AuditAppender {

    /** Entries in one transaction at most. */
    private static final int GROUP_LIMIT = 200;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditChainWriter writer;

    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public void append(String actor, AuditAction action, Long subjectId, String recordType, String recordId,
            Long purposeId, AuditOutcome outcome, String detail) {
        append(new EntryDraft(actor, action, subjectId, recordType, recordId, purposeId, outcome, detail,
                List.of()));
    }

    public void append(EntryDraft entry) {
        Waiting entryWaiting = new Waiting(entry, new CompletableFuture<>());
        waiting.add(entryWaiting);
        if (writing.compareAndSet(false, true)) {
            try {
                executor.execute(this::writeWhileWaiting);
            } catch (RejectedExecutionException e) {
                writing.set(false);
                waiting.remove(entryWaiting);
                throw e;
            }
        }
        try {
            entryWaiting.written().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writeWhileWaiting() {
        do {
            for (List<Waiting> group = nextGroup(); !group.isEmpty(); group = nextGroup()) {
                write(group);
            }
            writing.set(false);
        } while (!waiting.isEmpty() && writing.compareAndSet(false, true));
    }

    private List<Waiting> nextGroup() {
        List<Waiting> group = new ArrayList<>();
        Waiting next;
        while (group.size() < GROUP_LIMIT && (next = waiting.poll()) != null) {
            group.add(next);
        }
        return group;
    }

    private void write(List<Waiting> group) {
        try {
            writer.appendAll(group.stream().map(Waiting::entry).toList());
            group.forEach(each -> each.written().complete(null));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).written().completeExceptionally(e);
            } else {
                group.forEach(each -> write(List.of(each)));
            }
        }
    }

    private record Waiting(EntryDraft entry, CompletableFuture<Void> written) {
    }
}
