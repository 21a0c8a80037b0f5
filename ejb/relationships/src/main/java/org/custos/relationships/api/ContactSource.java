package org.custos.relationships.api;

/**
 * Where a new contact's details came from (N2), which decides when their privacy notice is due: from the person
 * themselves (collected directly: due at once, given at collection), or from their organisation or someone else (due
 * within a month, or at the first communication or disclosure if sooner).
 */
public enum ContactSource {
    THEMSELVES("From the person themselves"),
    ORGANISATION_OR_SOMEONE_ELSE("From their organisation or someone else");

    private final String label;

    ContactSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
