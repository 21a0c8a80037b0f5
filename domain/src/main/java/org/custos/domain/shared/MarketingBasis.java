package org.custos.domain.shared;

/**
 * Why we may send a contact marketing (L2): their consent, or the soft opt-in of an existing customer's contact told
 * of similar products or services and offered a way to opt out each time.
 */
public enum MarketingBasis {
    CONSENT("Consent"),
    SOFT_OPT_IN("Existing customer (soft opt-in)");

    private final String label;

    MarketingBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
