package org.custos.web.shell;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.custos.domain.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table fed by a facade's paged query: the table asks for a page, the facade answers with the
 * rows and the total. Filters live on the page's own form, so the table's own filter map is not used. A query the
 * facade refuses gives no rows and its message, never the error page (text too long for it is refused earlier, by
 * its box); a role that may not list these rows at all gets the "not allowed" page.
 */
public final class LazyPages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The facade call for one page: where it starts, how long it is, and the column sorted on, if any. */
    @FunctionalInterface
    public interface Query<T> extends Serializable {
        Page<T> page(int first, int pageSize, Optional<SortMeta> sort);
    }

    /** A row's key (the record's id). */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Query<T> query;
    private final Key<T> key;
    private boolean countStopped;

    public LazyPages(Query<T> query, Key<T> key) {
        this.query = query;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<T> page = FacadeCall.attemptToShow(() -> query.page(first, pageSize, sort.values().stream().findFirst()))
                .orElse(new Page<>(List.of(), 0));
        setRowCount((int) page.total());
        countStopped = page.countStopped();
        return page.rows();
    }

    /** The paginator's report: "1-50 of 120", or "1-50 of more than 10,000" for a list not counted in full. */
    public String getPageReport() {
        return "{startRecord}-{endRecord} of " + (countStopped
                ? "more than " + NumberFormat.getIntegerInstance(Locale.UK).format(Page.COUNTED_MAX)
                : "{totalRecords}");
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
