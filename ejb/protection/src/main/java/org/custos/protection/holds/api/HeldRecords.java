package org.custos.protection.holds.api;

import java.util.List;
import org.custos.domain.protection.LegalHold;

/**
 * Which of a person's records a legal hold keeps from erasure (D5, R6), for the erasure of rights requests and for
 * the register's holder. Not a facade: callers have checked roles and audit the call.
 */
public interface HeldRecords {

    /** The person's holds, those in force first, newest first. */
    List<LegalHold> of(long subjectId);

    /** Why the context's records of the person are kept, one line per hold; empty when none keeps them. */
    List<String> keptIn(long subjectId, String context);
}
