package org.custos.protection.holds.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A person's disclosures (D5, D6) for the register's holder, which exports and erases them with the person, and the
 * recipients of every purpose for the record of processing. Not a facade: callers have checked roles and audit the
 * call.
 */
public interface DisclosureLog {

    /** A recipient named in the log, with how many disclosures went to it. */
    record RecipientTimes(String recipient, long times) implements Serializable {
    }

    /** Newest first. */
    List<DisclosureView> of(long subjectId);

    /** Deletes the person's disclosures, at once (the person is deleted after them); returns how many. */
    int erase(long subjectId);

    /**
     * The recipients of the disclosures made for each purpose, by purpose id, each by name with how many times (the
     * record of processing's recipients, Art 30); a purpose without any is absent. One statement for all purposes.
     */
    Map<Long, List<RecipientTimes>> recipientsByPurpose();
}
