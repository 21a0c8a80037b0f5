package org.custos.protection.calendar.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.domain.protection.BankHoliday;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.BankHolidayCalendar;
import org.custos.protection.calendar.api.BankHolidayForm;
import org.custos.protection.calendar.api.BankHolidayView;
import org.custos.protection.shared.Dates;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.DPM, Role.Names.ADMIN})
public class DefaultBankHolidayCalendar implements BankHolidayCalendar {

    private static final String RECORD = "BankHoliday";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    DefaultComplianceCalendar calendar;

    @Inject
    Principal caller;

    @Override
    @AuditExempt("reads no personal data: the bank holidays")
    public List<BankHolidayView> from(int fromYear) {
        BankHolidays all = calendar.holidays();
        Map<LocalDate, String> addedBy = em.createQuery("select h from BankHoliday h", BankHoliday.class)
                .getResultStream().collect(Collectors.toMap(BankHoliday::day, BankHoliday::addedBy));
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        return all.dates().stream().filter(day -> !day.isBefore(start)).sorted(Comparator.naturalOrder())
                .map(day -> new BankHolidayView(day, all.name(day), addedBy.get(day))).toList();
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public List<BankHolidayView> add(BankHolidayForm form) {
        LocalDate day = form.day();
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new RequestRefused(Dates.day(day) + " is a "
                    + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                    + ": deadlines skip weekends already. A holiday on a weekend has a substitute day: add that.");
        }
        if (calendar.holidays().contains(day)) {
            throw new RequestRefused(Dates.day(day) + " is already a bank holiday (" + calendar.holidays().name(day)
                    + ").");
        }
        em.persist(new BankHoliday(day, form.name().trim(), caller.getName(), calendar.now()));
        em.flush();
        return from(day.getYear());
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<BankHolidayView> remove(LocalDate day) {
        BankHoliday added = em.find(BankHoliday.class, day);
        if (added == null) {
            throw new RequestRefused(calendar.shipped().contains(day) ? day + " is an England-and-Wales bank holiday "
                    + "shipped with Custos: it cannot be removed." : day + " is not a bank holiday.");
        }
        em.remove(added);
        em.flush();
        return from(day.getYear());
    }
}
