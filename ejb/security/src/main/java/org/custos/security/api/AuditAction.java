package org.custos.security.api;

/**
 * What an audit entry records (X2), with the words people read for it: the one place of those words. An action
 * on a record (read, search, create, update, export, erase) is told with the kind of record ("Application
 * opened"), any other by its label alone ("Logged in").
 */
public enum AuditAction {
    READ("Opened", "%s opened"),
    SEARCH("Searched or listed", "%s searched or listed"),
    CREATE("Recorded", "%s recorded"),
    UPDATE("Changed", "%s changed"),
    EXPORT("Exported", "%s exported"),
    ERASE("Erased", "%s erased"),
    LOGIN("Logged in"),
    LOGIN_FAILED("Login refused"),
    LOGOUT("Logged out"),
    SESSION_ENDED("Session ended"),
    ACCESS_DENIED("Access refused"),
    ACCOUNT_CREATED("Account opened"),
    ACCOUNT_ROLES_CHANGED("Account's roles changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    PASSWORD_RESET("Password reset by the administrator"),
    ACCOUNT_CHANGE_CONFIRMED("Account change confirmed"),
    ACCOUNT_CHANGE_REFUSED("Account change refused"),
    PASSWORD_CHANGED("Password changed"),
    SECOND_FACTOR_ENABLED("Second factor turned on"),
    SECOND_FACTOR_REMOVED("Second factor turned off"),
    FIRST_ADMINISTRATOR_CREATED("First administrator set up"),
    AUDIT_CHAIN_VERIFIED("Audit chain checked"),
    DATA_KEY_ADDED("Data key added"),
    DATA_KEYS_ROTATED("Data re-encrypted with the current key"),
    APPROVAL_REQUESTED("Approval requested"),
    APPROVAL_GRANTED("Approval granted"),
    APPROVAL_REJECTED("Approval rejected"),
    APPROVAL_REVOKED("Approval revoked"),
    ACCESS_GRANTED("Access granted"),
    ACCESS_REVOKED("Access revoked"),
    BREAK_GLASS("Emergency access used"),
    INTAKE_TOKEN_ISSUED("Intake token made"),
    INTAKE_TOKEN_REVOKED("Intake token revoked"),
    API_CALL_REFUSED("Request from another system refused");

    private final String label;
    private final String onRecord;

    AuditAction(String label) {
        this(label, null);
    }

    AuditAction(String label, String onRecord) {
        this.label = label;
        this.onRecord = onRecord;
    }

    /** The action in words, as a filter offers it: "Opened", "Logged in". */
    public String label() {
        return label;
    }

    /** What happened, in words: {@code "Application opened"} for {@code recordWords} "Application". */
    public String told(String recordWords) {
        return onRecord == null || recordWords == null || recordWords.isBlank() ? label
                : onRecord.formatted(recordWords);
    }
}
