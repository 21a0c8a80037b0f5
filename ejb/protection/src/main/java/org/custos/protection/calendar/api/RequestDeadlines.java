package org.custos.protection.calendar.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * D2: the rights-request deadlines of {@link ComplianceCalendar} as it stood when they were asked for, its periods
 * and bank holidays read once, so that a list works out the due date of every row without reading them again.
 */
public record RequestDeadlines(UnaryOperator<LocalDate> due, UnaryOperator<LocalDate> extendedDue,
        ToLongFunction<LocalDate> daysLeft, LocalDate today) implements Serializable {
}
