package org.custos.domain.shared;

/** How a rights request arrived (D1): any channel counts. */
public enum RequestChannel {
    EMAIL("Email"),
    LETTER("Letter"),
    PHONE("Phone"),
    IN_PERSON("In person"),
    REPRESENTATIVE("Through a representative with their authority"),
    /** The organisation's website form, sent in through the API by the website. */
    WEB_FORM("Web form");

    private final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
