package org.custos.archfixtures.bad.security.api;

import jakarta.ejb.Local;
import java.util.List;

/** Fixture: a facade interface. */
@Local
public interface Accounts {

    List<String> usernames();
}
