package org.custos.domain.shared;

/** Who a privacy notice is written for (N1): each audience has its notice, seeded with this label as its name. */
public enum NoticeAudience {
    JOB_APPLICANTS("Job applicants"),
    STAFF("Staff"),
    CLIENTS_AND_CUSTOMERS("Clients and customers"),
    SUPPLIERS("Suppliers"),
    COMPLAINANTS("Complainants"),
    WEBSITE_VISITORS("Website visitors");

    private final String label;

    NoticeAudience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
