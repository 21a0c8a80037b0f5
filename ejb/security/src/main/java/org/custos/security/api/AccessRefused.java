package org.custos.security.api;

import jakarta.ejb.ApplicationException;

/** A record-level refusal (need to know, X1): the caller's role allows the method but not this record. */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String message) {
        super(message);
    }
}
