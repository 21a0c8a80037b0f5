package org.custos.archfixtures.bad.relationships.api;

import jakarta.ejb.Local;

/** Fixture: a facade interface. */
@Local
public interface Organisations {

    String create(String name);
}
