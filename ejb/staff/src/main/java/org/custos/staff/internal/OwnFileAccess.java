package org.custos.staff.internal;

import java.util.Optional;

/**
 * Which staff file a member of staff may see (A1, X1): only their own, the person their account is linked to by HR;
 * nothing while their account is linked to no one.
 */
final class OwnFileAccess {

    static final String NOT_LINKED = "Your account is not linked to a staff file yet: HR links it for you.";
    static final String NOT_YOURS = "You can see only your own staff file.";

    private OwnFileAccess() {
    }

    /** Why the account linked to {@code linkedSubjectId} (null for none) may not see the file of that person. */
    static Optional<String> refusal(Long linkedSubjectId, long fileSubjectId) {
        if (linkedSubjectId == null) {
            return Optional.of(NOT_LINKED);
        }
        return linkedSubjectId == fileSubjectId ? Optional.empty() : Optional.of(NOT_YOURS);
    }
}
