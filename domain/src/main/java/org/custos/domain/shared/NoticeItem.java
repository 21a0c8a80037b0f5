package org.custos.domain.shared;

/**
 * What a privacy notice must state to be complete (N1), in the words the DPM's checklist shows. An item that may be
 * {@linkplain #mayNotApply() not applicable} (consent is not a basis, the data comes from the person) needs the
 * reason when it is so; the others must be in every notice.
 */
public enum NoticeItem {
    CONTACT("Who to contact about the use of the data (or the Data Protection Manager)", false),
    PURPOSES("The purposes the data is used for", false),
    LAWFUL_BASIS("The lawful basis of each purpose", false),
    LEGITIMATE_INTEREST("The legitimate interest, where the basis is legitimate interests", true),
    WITHDRAW_CONSENT("The right to withdraw consent at any time, where the basis is consent", true),
    DATA_AND_SOURCES("The kinds of data and where they came from, when not collected from the person", true),
    RECIPIENTS("Who receives the data", true),
    TRANSFERS("Transfers outside the UK and EEA, and their safeguards", true),
    RETENTION("How long the data is kept, or how that is decided", false),
    RIGHTS("The rights of access, rectification, erasure, restriction and objection", false),
    COMPLAINT_TO_ICO("The right to complain to the Information Commissioner's Office", false),
    AUTOMATED_DECISIONS("Automated decision-making, its logic and its effects", true),
    REQUIRED_BY_LAW_OR_CONTRACT("Whether giving the data is required by law or a contract, and what happens if it "
            + "is not given", true);

    private final String label;
    private final boolean mayNotApply;

    NoticeItem(String label, boolean mayNotApply) {
        this.label = label;
        this.mayNotApply = mayNotApply;
    }

    public String label() {
        return label;
    }

    /** Whether a notice may leave the item out as not applicable, with the reason. */
    public boolean mayNotApply() {
        return mayNotApply;
    }
}
