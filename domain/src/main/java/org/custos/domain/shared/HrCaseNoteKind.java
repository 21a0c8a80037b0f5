package org.custos.domain.shared;

/** What a note of an HR case records: the allegation or concern that opened it, or the investigation's findings. */
public enum HrCaseNoteKind {
    ALLEGATION("Allegation or concern"),
    INVESTIGATION("Investigation note");

    private final String label;

    HrCaseNoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
