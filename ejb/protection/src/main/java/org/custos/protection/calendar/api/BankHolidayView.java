package org.custos.protection.calendar.api;

import java.time.LocalDate;

/** A bank holiday the deadlines skip; {@code addedBy} is null for one shipped with Custos. */
public record BankHolidayView(LocalDate day, String name, String addedBy) {

    public boolean added() {
        return addedBy != null;
    }
}
