package org.custos.protection.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.custos.domain.shared.SpecialCategory;

/**
 * What a context's records hold, for the data map a breach is assessed from (X5): the categories of data, the
 * special categories and criminal-records data among them (L4), and the people it holds records of, as a native SQL
 * query selecting their register ids as {@code subject_id} (a constant of the holder, never built from input).
 * Protection counts them in SQL from it, each context once and several together without counting a person twice;
 * the categories of those people come from the register.
 */
public record HeldData(List<String> dataCategories, Set<SpecialCategory> sensitive, String peopleQuery) {

    public HeldData {
        dataCategories = List.copyOf(dataCategories);
        sensitive = Set.copyOf(sensitive);
        Objects.requireNonNull(peopleQuery, "peopleQuery");
    }
}
