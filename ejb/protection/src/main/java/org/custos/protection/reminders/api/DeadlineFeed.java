package org.custos.protection.reminders.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The open deadlines for the organisation's calendar (a client system's token with the calendar scope): the same
 * deadlines as the DPM's email reminders, rights requests due and extension notices to send (D2) and breaches to
 * report within 72 hours (X5), whatever the reminders' lead times, by number and kind only, never a person's name.
 */
@Local
public interface DeadlineFeed {

    /** The open deadlines, soonest first. */
    List<OpenDeadline> open();
}
