package org.custos.domain.shared;

/** What an applicant's document is (C1, C2). */
public enum DocumentKind {
    CV("CV"),
    COVER_LETTER("Cover letter"),
    PROOF_OF_IDENTITY("Proof of identity"),
    PROOF_OF_QUALIFICATIONS("Proof of qualifications"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
