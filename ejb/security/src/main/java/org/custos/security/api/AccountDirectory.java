package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Role;

/** Who holds a role, for choosing people by account (hiring managers ...), HR and the DPM; no personal data. */
@Local
public interface AccountDirectory {

    /** The enabled accounts holding the role, by display name. */
    List<AccountName> holding(@NotNull Role role);

    /** An account's user name and the name it shows. */
    record AccountName(String username, String displayName) {
    }
}
