/**
 * The daily email reminders: {@link org.custos.protection.reminders.internal.ReminderDigests} (the rule: which
 * items, for whom, within which lead times, by London's date and time), {@link
 * org.custos.protection.reminders.internal.DigestMail} (the email in words, with links), {@link
 * org.custos.protection.reminders.internal.DailyReminders} (the timer, at {@code custos.reminders.hour} London time)
 * and {@link org.custos.protection.reminders.internal.MailSessions} (the server's mail session, JNDI
 * {@code custos.mail.session}, default {@code mail/custos}; without one, no reminders and nothing fails).
 * Reminders name records by number and link to them; they carry no person's name or data.
 * <p>
 * May use: {@code reminders.api}, the {@code api} of {@code calendar}, {@code rights} and {@code breaches}, the
 * security module's {@code api}, the domain's shared value types.
 */
package org.custos.protection.reminders.internal;
