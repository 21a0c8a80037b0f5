package org.custos.protection.spi;

import java.time.Period;
import java.util.Objects;
import org.custos.domain.shared.DataContext;

/**
 * How often a group of a context's records is checked with the person it is about (A1): the setting that holds the
 * interval ({@code key}, changed where the other periods are), what the check asks, and the default interval. The
 * context counts when a check is due with
 * {@link org.custos.protection.calendar.api.ComplianceCalendar#reviewInterval(AccuracyReview)}.
 */
public record AccuracyReview(DataContext context, String key, String label, Period defaultInterval) {

    public AccuracyReview {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultInterval, "defaultInterval");
    }
}
