package org.custos.archfixtures.bad.complaints.api;

import jakarta.ejb.Local;

/** Fixture: a facade interface. */
@Local
public interface Complaints {

    String log(String text);
}
