package org.custos.domain.shared;

/**
 * What a complaint is (P1): about how we use personal data (DPA 2018 s.164A; the outcome tells the complainant of their
 * right to complain to the ICO), about a service, about a member of staff's conduct, or anything else.
 */
public enum ComplaintKind {
    DATA_PROTECTION("Data protection"),
    SERVICE("Service"),
    STAFF_CONDUCT("Staff conduct"),
    OTHER("Other");

    private final String label;

    ComplaintKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
