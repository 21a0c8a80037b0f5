package org.custos.protection.notices.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;

/**
 * How the record contexts record the notices they owe when they collect (N2), inside their own facade calls and
 * transaction. Not a facade: callers have checked roles and audit the call. The same rules as {@link NoticesGiven}
 * apply.
 */
public interface NoticeLedger {

    /**
     * The person gave their data on {@code on}: the notice of {@code audience} is due that day; if a version is
     * issued, they are recorded as given it {@code how}; if none is, the notice stays owed.
     */
    NoticeGivenView collected(long subjectId, NoticeAudience audience, LocalDate on, NoticeMethod how,
            String context, long recordId);

    /**
     * The person was given the notice of {@code audience} on {@code on}, {@code how}: the issued version is recorded
     * as given (the notice they were owed is marked); if none is issued, nothing is, and the notice stays owed.
     */
    Optional<NoticeGivenView> givenIssued(long subjectId, NoticeAudience audience, LocalDate on,
            NoticeMethod how);

    /** The person's data was obtained on {@code on} from {@code source}: the notice is owed, due a month later. */
    NoticeGivenView obtained(long subjectId, NoticeAudience audience, LocalDate on, String source, String context,
            long recordId);

    /**
     * The notice of {@code audience} a context's record owes or was given: the row collected with the record, else
     * the person's latest of the audience (a record from before the ledger); empty when the ledger holds neither.
     */
    Optional<NoticeGivenView> forRecord(String context, long recordId, long subjectId, NoticeAudience audience);

    /** The person's notices, owed and given, newest first (their copy of their data, D3). */
    List<NoticeGivenView> of(long subjectId);

    /** Erasure: the person's notices, owed and given, go; how many did. */
    int eraseFor(long subjectId);
}
