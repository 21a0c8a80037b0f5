package org.custos.protection.calendar.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A bank holiday the deadlines skip; {@code addedBy} is null for one shipped with Custos. */
public record BankHolidayView(LocalDate day, String name, String addedBy) implements Serializable {

    public boolean added() {
        return addedBy != null;
    }
}
