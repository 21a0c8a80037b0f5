package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** Login for the web layer's authentication mechanism (open to unauthenticated callers). */
@Local
public interface Authentication {

    /** Checks the password; counts failures per user name and throttles after too many (audited). */
    LoginResult login(@NotNull String username, @NotNull String password);

    /** False when the account was disabled, or its sessions were ended, after {@code sessionStart}. */
    boolean sessionStillValid(@NotNull String username, @NotNull LocalDateTime sessionStart);
}
