package org.custos.security.api;

import jakarta.ejb.ApplicationException;

/**
 * A record whose encrypted data does not decrypt where it is stored (X3): it was changed, or copied from another
 * row, another person's or another column, outside Custos. Nothing of it is shown; the audit trail names the call.
 */
@ApplicationException(rollback = true)
public class RecordAltered extends RequestRefused {

    private static final long serialVersionUID = 1L;

    public RecordAltered() {
        super("This record cannot be read: it was altered outside Custos.");
    }
}
