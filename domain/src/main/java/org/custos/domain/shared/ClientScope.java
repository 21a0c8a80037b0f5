package org.custos.domain.shared;

/**
 * What a client system may send in through the API with its intake token: each scope is a role the token's caller
 * holds, so the facades check it like a user's role. {@link Names} holds the role names for {@code @RolesAllowed}.
 */
public enum ClientScope {
    INTAKE("API_INTAKE", "Rights requests and complaints"),
    CONSENT("API_CONSENT", "Consent given or withdrawn"),
    CALENDAR("API_CALENDAR", "Calendar of open deadlines");

    private final String role;
    private final String label;

    ClientScope(String role, String label) {
        this.role = role;
        this.label = label;
    }

    /** The role the caller of a token with this scope holds. */
    public String role() {
        return role;
    }

    public String label() {
        return label;
    }

    /** Role names for annotations; a unit test keeps them equal to {@link #role()}. */
    public static final class Names {
        public static final String INTAKE = "API_INTAKE";
        public static final String CONSENT = "API_CONSENT";
        public static final String CALENDAR = "API_CALENDAR";

        private Names() {
        }
    }
}
