package org.custos.domain.shared;

/** How a complaint arrived (P1): any channel counts; a social-media message is kept for a shorter time (R5). */
public enum ComplaintChannel {
    EMAIL("Email"),
    LETTER("Letter"),
    PHONE("Phone"),
    IN_PERSON("In person"),
    WEB_FORM("Web form"),
    SOCIAL_MEDIA("Social media");

    private final String label;

    ComplaintChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
