package org.custos.domain.shared;

/** How far compiling a response has come (D3). */
public enum CompileState {
    NOT_STARTED("Not compiled"),
    RUNNING("Compiling"),
    DONE("Compiled");

    private final String label;

    CompileState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
