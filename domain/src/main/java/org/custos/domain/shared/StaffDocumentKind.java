package org.custos.domain.shared;

/**
 * What a document of a staff file is (T1). Right-to-work copies belong to their check and have their own retention
 * (R3: two years after the employment ends); the others stay with the file.
 */
public enum StaffDocumentKind {
    RIGHT_TO_WORK("Right-to-work copy"),
    CONTRACT("Contract"),
    OTHER("Other document");

    private final String label;

    StaffDocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
