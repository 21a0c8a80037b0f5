package org.custos.domain.shared;

/** What a complaint is about (P1): a member of staff, a service, or a decision; described in the file's own words. */
public enum ComplaintAbout {
    STAFF_MEMBER("A member of staff"),
    SERVICE("A service"),
    DECISION("A decision");

    private final String label;

    ComplaintAbout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
