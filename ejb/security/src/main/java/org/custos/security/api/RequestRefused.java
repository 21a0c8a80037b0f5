package org.custos.security.api;

import jakarta.ejb.ApplicationException;

/** A request that breaks a rule (a password rule, a name already taken ...); the message tells the user which. */
@ApplicationException(rollback = true)
public class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestRefused(String message) {
        super(message);
    }
}
