package org.custos.staff.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A period of absence as a line manager approved to use the person's HR data sees it (L5): its kind, dates and the
 * calendar days lost (to today while it continues); never a health detail nor whether there is one (L4).
 */
public record SharedAbsenceView(String kind, LocalDate firstDay, LocalDate lastDay, long daysLost)
        implements Serializable {
}
