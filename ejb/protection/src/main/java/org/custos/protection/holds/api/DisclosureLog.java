package org.custos.protection.holds.api;

import java.util.List;

/**
 * A person's disclosures (D5, D6) for the register's holder, which exports and erases them with the person. Not a
 * facade: callers have checked roles and audit the call.
 */
public interface DisclosureLog {

    /** Newest first. */
    List<DisclosureView> of(long subjectId);

    /** Deletes the person's disclosures, at once (the person is deleted after them); returns how many. */
    int erase(long subjectId);
}
