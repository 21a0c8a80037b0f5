/**
 * The calendar's rules in plain Java ({@link org.custos.protection.calendar.internal.UkComplianceCalendar},
 * {@link org.custos.protection.calendar.internal.BankHolidays}, the England-and-Wales bank holidays 2020-2030 as
 * data), the periods as settings ({@link org.custos.protection.calendar.internal.PeriodSetting}: the calendar's own
 * and every retention rule and accuracy review a holder declares), and the beans that read them from
 * {@code prot_setting} and {@code prot_bank_holiday}.
 * <p>
 * May use: {@code calendar.api}, {@code spi}, the security module's {@code api}, the entities of
 * {@code domain.protection}.
 */
package org.custos.protection.calendar.internal;
