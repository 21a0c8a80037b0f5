package org.custos.security.api;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since it was read; nothing was saved (optimistic locking). */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String what) {
        super(what + " was changed by someone else while you were editing it. Nothing was saved: "
                + "reload it to see their change, then make yours again.");
    }

    /**
     * Refuses a change made to an older version of the record than the one stored now.
     *
     * @param what the record as the message names it: "This request"
     */
    public static void check(long stored, long changedFrom, String what) {
        if (stored != changedFrom) {
            throw new ConcurrentChange(what);
        }
    }
}
