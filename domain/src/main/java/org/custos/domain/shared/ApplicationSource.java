package org.custos.domain.shared;

/** How an application reached the organisation (N2: indirect sources start the one-month notice clock). */
public enum ApplicationSource {
    DIRECT("Direct from the applicant"),
    AGENCY("Recruitment agency"),
    REFERRAL("Referral by someone else");

    private final String label;

    ApplicationSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
