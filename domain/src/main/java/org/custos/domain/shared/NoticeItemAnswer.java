package org.custos.domain.shared;

/** The DPM's answer to one item of a notice version's checklist (N1); no answer yet is null. */
public enum NoticeItemAnswer {
    /** The notice states it; the answer says where. */
    PRESENT("Present"),
    /** The item does not apply to this notice; the answer says why. */
    NOT_APPLICABLE("Not applicable");

    private final String label;

    NoticeItemAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
