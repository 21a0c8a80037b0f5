package org.custos.domain.shared;

/**
 * Where the check of a requester's identity stands (D1); while more information is awaited the clock stops. Nothing
 * is disclosed or acted on until it is verified, or the DPM recorded why no check is needed.
 */
public enum IdentityCheck {
    NOT_CHECKED("Not checked yet"),
    MORE_INFORMATION_REQUESTED("More information requested"),
    VERIFIED("Verified"),
    NOT_NEEDED("No check needed");

    private final String label;

    IdentityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
