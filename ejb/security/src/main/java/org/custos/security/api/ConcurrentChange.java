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
}
