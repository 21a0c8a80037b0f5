package org.custos.domain.shared;

/** What a rights request asks for (D1, D3, D5-D7, L2). */
public enum RequestType {
    ACCESS("Access (a copy of the data)"),
    RECTIFICATION("Rectification"),
    ERASURE("Erasure"),
    RESTRICTION("Restriction"),
    OBJECTION("Objection"),
    PORTABILITY("Portability"),
    AUTOMATED_DECISION("Automated decision (to contest)"),
    CONSENT_WITHDRAWAL("Withdrawal of consent");

    private final String label;

    RequestType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
