package org.custos.archfixtures.bad.protection.purposes.api;

import jakarta.ejb.Local;
import java.util.List;

/** Fixture: a facade interface. */
@Local
public interface Purposes {

    List<String> purposes();

    String save(String purpose);
}
