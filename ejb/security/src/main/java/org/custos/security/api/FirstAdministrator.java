package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * There is no default password: the first administrator comes from configuration at first start, or is created
 * once through the setup link printed in the server log.
 */
@Local
public interface FirstAdministrator {

    /** True while no account exists and the setup link is open. */
    boolean setupOpen();

    /** Creates the first administrator if {@code token} is the one printed in the log; closes the setup. */
    AccountView create(@NotNull String token, @NotNull @Valid NewAccount administrator);
}
