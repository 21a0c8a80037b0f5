package org.custos.domain.shared;

/** How a person was given a privacy notice (N2). */
public enum NoticeMethod {
    IN_PERSON("In person"),
    EMAIL("By email"),
    POST("By post"),
    WEBSITE("On the website"),
    WITH_FORM("With the form they filled in");

    private final String label;

    NoticeMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
