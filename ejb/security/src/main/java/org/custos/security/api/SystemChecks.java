package org.custos.security.api;

import java.io.Serializable;

/**
 * What the readiness checks at {@code /health/ready} ask of the security module: whether the database answers, the
 * data keys and the audit key work, and the data directory's disk has room. Not a facade: Payara's health endpoint
 * calls it with no caller, and no answer names a person, a key or a path.
 */
public interface SystemChecks {

    /** One check's answer: its name, whether it passed, what it checked and what it found, in plain words. */
    record Result(String name, boolean up, String checked, String found) implements Serializable {
    }

    Result database();

    Result dataKeys();

    Result auditKey();

    Result dataDirectorySpace();
}
