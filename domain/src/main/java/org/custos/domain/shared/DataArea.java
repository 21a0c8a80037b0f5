package org.custos.domain.shared;

/** Data that may be used outside HR only with a written approval on record (L5). */
public enum DataArea {
    HR("HR activities"),
    FINANCE("Finance and accounting");

    private final String label;

    DataArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
