package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.DataContext;

/**
 * The port through which the record of processing reads which breaches touched each context's records (Art 30, X5):
 * a breach that involved anyone the context holds records of, or that names the context among the systems affected.
 * Not a facade: the record of processing's facade checks the caller (the DPM) and audits the call.
 */
public interface BreachesByContext {

    /** A breach by its number and summary. */
    record BreachBrief(long id, String summary) implements Serializable {
    }

    /**
     * The breaches of each of these contexts, given with the native query of the people it holds records of
     * ({@code HeldData.peopleQuery}, a constant of the holder), newest first (by when the organisation became aware);
     * a context without any is absent. One statement for all of them.
     */
    Map<DataContext, List<BreachBrief>> involving(Map<DataContext, String> peopleQueries);
}
