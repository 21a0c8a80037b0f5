package org.custos.domain.shared;

/** How a person gave their consent (L2). */
public enum ConsentMethod {
    EMAIL("Email"),
    FORM("Form"),
    LETTER("Letter"),
    PHONE("Phone"),
    IN_PERSON("In person");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
