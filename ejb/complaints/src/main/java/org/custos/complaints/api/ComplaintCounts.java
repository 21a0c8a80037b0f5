package org.custos.complaints.api;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * The complaints received in each of the {@code months}, oldest first, counted per kind and outcome; a month, kind
 * and outcome without complaints has no count (the regulations the Act allows may require controllers to report
 * these numbers).
 */
public record ComplaintCounts(List<YearMonth> months, List<ComplaintCount> counts) implements Serializable {

    public ComplaintCounts {
        months = List.copyOf(months);
        counts = List.copyOf(counts);
    }
}
