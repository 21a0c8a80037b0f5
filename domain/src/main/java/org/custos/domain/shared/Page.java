package org.custos.domain.shared;

import java.util.List;

/** One page of a longer list, with the size of the whole list (for lazy tables). */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
