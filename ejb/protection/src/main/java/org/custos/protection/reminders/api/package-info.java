/**
 * The daily email reminders (issue 14): whether they are on (a mail session {@code mail/custos} is configured on
 * the server), when they go and from which address, for the settings page. Their lead times are settings of the
 * calendar ({@link org.custos.protection.calendar.api.ReminderLeadTimes}).
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.reminders.api;
