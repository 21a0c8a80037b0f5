package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * There is no default password: the first administrator comes from configuration at first start, or is created
 * once through the setup link printed in the server log. A start without an active administrator prints a new
 * link (the sysadmin's recovery, README).
 */
@Local
public interface FirstAdministrator {

    /** True while no active administrator exists and the setup link is open. */
    boolean setupOpen();

    /** Creates the first administrator if {@code token} is the one printed in the log; closes the setup. */
    AccountView create(@NotNull String token, @NotNull @Valid NewAccount administrator);
}
