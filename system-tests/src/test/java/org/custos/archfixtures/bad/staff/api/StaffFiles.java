package org.custos.archfixtures.bad.staff.api;

import jakarta.ejb.Local;

/** Fixture: a facade interface. */
@Local
public interface StaffFiles {

    String open(long subjectId);
}
