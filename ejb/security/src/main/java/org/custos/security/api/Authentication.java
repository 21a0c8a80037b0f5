package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** Login for the web layer's authentication mechanism (open to unauthenticated callers). */
@Local
public interface Authentication {

    /**
     * Checks the password, and the code of the account's authenticator app when it has a second factor. Counts
     * failures per user name from one client address and per client address, and throttles after too many
     * (audited), so that nobody can lock an account out for everyone else. A user name too long to be one is
     * refused like a wrong password.
     *
     * @param code the code the authenticator app shows, or null
     */
    LoginResult login(@NotNull String username, @NotNull String password, String code,
            @NotNull String clientAddress);

    /** False when the account was disabled, or its sessions were ended, after {@code sessionStart}. */
    boolean sessionStillValid(@NotNull String username, @NotNull LocalDateTime sessionStart);
}
