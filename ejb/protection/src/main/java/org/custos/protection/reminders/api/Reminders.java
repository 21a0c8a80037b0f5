package org.custos.protection.reminders.api;

import jakarta.ejb.Local;

/** Whether the daily email reminders are on, for the DPM and the administrator. */
@Local
public interface Reminders {

    ReminderStatus status();
}
