package org.custos.archfixtures.bad.recruitment.api;

import jakarta.ejb.Local;
import java.util.List;

/** Fixture: a facade interface. */
@Local
public interface Campaigns {

    List<String> titles();

    String open(String title);

    int eraseApplicant(long subjectId);
}
