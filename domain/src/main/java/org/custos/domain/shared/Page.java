package org.custos.domain.shared;

import java.util.List;

/**
 * One page of a longer list, with the size of the whole list (for lazy tables). A list that may be too long to count
 * on every page is counted only up to {@link #COUNTED_MAX} rows: past it, {@code countStopped} says that the list is
 * longer than that, and {@code total} is one more, so that the next page can be asked for.
 */
public record Page<T>(List<T> rows, long total, boolean countStopped) {

    /** How far a list counted with {@link #countUpToMax} is counted. */
    public static final int COUNTED_MAX = 10_000;

    public Page {
        rows = List.copyOf(rows);
    }

    /** A page of a list counted in full. */
    public Page(List<T> rows, long total) {
        this(rows, total, false);
    }

    /** A page of a list counted by {@link #countUpToMax}. */
    public static <T> Page<T> countedUpToMax(List<T> rows, long counted) {
        return new Page<>(rows, Math.min(counted, COUNTED_MAX + 1L), counted > COUNTED_MAX);
    }

    /**
     * The SQL that counts the rows of a query, given its {@code from ... where ...} part, up to one more than
     * {@link #COUNTED_MAX}: an index reads that many entries at most, however long the list.
     */
    public static String countUpToMax(String fromWhere) {
        return "select count(*) from (select 1" + fromWhere + " limit " + (COUNTED_MAX + 1) + ") counted";
    }
}
