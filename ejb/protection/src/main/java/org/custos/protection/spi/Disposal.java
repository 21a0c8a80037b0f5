package org.custos.protection.spi;

/**
 * What happens to a record once its retention period ends and a reviewer agrees (R3, R6, R7): destroyed, cut down
 * to a summary that is kept, or anonymised so that no one can be singled out, linked or inferred. A rule names the
 * one its group of records gets by default; the reviewer may destroy instead.
 */
public enum Disposal {
    DESTROY("Destroy"),
    SUMMARISE("Keep a summary"),
    ANONYMISE("Anonymise");

    private final String label;

    Disposal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
