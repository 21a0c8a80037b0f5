/**
 * Every deadline Custos shows comes from {@link org.custos.protection.calendar.api.ComplianceCalendar} (DESIGN §7): D2
 * (one calendar month, moved to the next working day), X5 (72 hours), N2 (one month), L4 (approvals ending), R1-R5
 * (retention periods declared by the contexts; the simulator's hypothetical periods hold for one call on one thread,
 * {@link org.custos.protection.calendar.api.HypotheticalPeriods}, and a change of one is announced as {@link
 * org.custos.protection.calendar.api.RetentionPeriodChanged} for the schedule's versions), A1 (accuracy review
 * intervals, also declared by the contexts); the bank holidays the DPM adds and the periods as settings the DPM or the
 * administrator change, the email reminders' lead times ({@link org.custos.protection.calendar.api.ReminderLeadTimes})
 * among them.
 * <p>
 * May use: the domain's shared value types, {@code spi} (the retention rules and accuracy reviews), the security
 * module's {@code api}.
 */
package org.custos.protection.calendar.api;
