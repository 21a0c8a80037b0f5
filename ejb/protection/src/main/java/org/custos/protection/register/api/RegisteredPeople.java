package org.custos.protection.register.api;

import java.util.List;
import org.custos.domain.subject.DataSubject;

/**
 * The people of the register as the other sub-areas of protection load them (S1, D6). Not a facade: callers have
 * checked roles and audit the call.
 */
public interface RegisteredPeople {

    /** @throws org.custos.security.api.AccessRefused when there is no such person */
    DataSubject byId(long id);

    /** The person, unless their data is restricted (D6): then only storing and showing it are allowed. */
    DataSubject unrestricted(long id);

    /** The ids of the people with this email address (as the register compares addresses), lowest first. */
    List<Long> withEmail(String email);
}
