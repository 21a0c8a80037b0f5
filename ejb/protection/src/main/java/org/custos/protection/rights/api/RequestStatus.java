package org.custos.protection.rights.api;

/** Where a rights request stands: still open, answered (the response went), or refused (D4). */
public enum RequestStatus {
    OPEN("Open"),
    ANSWERED("Answered"),
    REFUSED("Refused");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
