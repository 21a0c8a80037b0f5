package org.custos.security.api;

import jakarta.ejb.ApplicationException;

/** A record-level refusal (need to know, X1): the caller's role allows the method but not this record. */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean restriction;

    public AccessRefused(String message) {
        this(message, false);
    }

    private AccessRefused(String message, boolean restriction) {
        super(message);
        this.restriction = restriction;
    }

    /** The person's data is restricted (D6): every facade that would use or change it refuses with this. */
    public static AccessRefused restricted() {
        return new AccessRefused("This person's data is restricted: it is stored, but not used or changed, "
                + "until the DPM lifts the restriction.", true);
    }

    /** True for {@link #restricted()}: no grant or approval opens the record, only the DPM lifting it. */
    public boolean restriction() {
        return restriction;
    }
}
