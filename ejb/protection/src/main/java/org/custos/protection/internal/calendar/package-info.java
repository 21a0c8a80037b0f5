/**
 * The compliance calendar: the deadline rules of the register (D2 rights
 * requests, X5 breach reports, N2 indirect privacy notices) and the
 * England-and-Wales working days they are counted in.
 *
 * <p>Plain Java, no container: nothing here is an EJB, nothing is injected,
 * nothing reads a database. The periods come in as {@link
 * org.custos.protection.internal.calendar.CalendarPeriods} (settings the Data
 * Protection Manager may change), the bank holidays as data ({@link
 * org.custos.protection.internal.calendar.BankHolidays}), and "now" from an
 * injected {@link java.time.Clock}, so tests pin the time (DESIGN §7).
 *
 * <p>Dependencies: {@code java.time} (and the JDK's collections and I/O to read
 * the bank-holiday resource) only.
 */
package org.custos.protection.internal.calendar;
