package org.custos.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.calendar.api.BankHolidayCalendar;
import org.custos.protection.calendar.api.BankHolidayForm;
import org.custos.protection.calendar.api.BankHolidayView;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LocalDateConverter;

/**
 * The bank holidays the deadlines skip, from this year on, on the settings page: the DPM or the administrator adds
 * a day proclaimed later (or a later year's days) and removes one they added.
 */
@Named
@ViewScoped
public class BankHolidaysSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BankHolidayCalendar holidays;

    private List<BankHolidayView> shown = List.of();
    private LocalDate day;
    private String name;

    @PostConstruct
    void load() {
        shown = FacadeCall.attempt(() -> holidays.from(LocalDate.now(OrganisationTime.ZONE).getYear())).orElse(List.of());
    }

    public void add() {
        FacadeCall.attempt(() -> holidays.add(new BankHolidayForm(day, name))).ifPresent(added -> {
            FacadeCall.info(name.trim() + " on " + LocalDateConverter.shown(day)
                    + " is a bank holiday now: deadlines skip it.");
            day = null;
            name = null;
            load();
        });
    }

    public void remove(BankHolidayView holiday) {
        FacadeCall.attempt(() -> holidays.remove(holiday.day())).ifPresent(left -> {
            FacadeCall.info(holiday.name() + " on " + LocalDateConverter.shown(holiday.day())
                    + " is no longer a bank holiday.");
            load();
        });
    }

    /** The days added to the shipped ones. */
    public List<BankHolidayView> getAdded() {
        return shown.stream().filter(BankHolidayView::added).toList();
    }

    /** The shipped days of this year and the next. */
    public List<BankHolidayView> getShipped() {
        int next = LocalDate.now(OrganisationTime.ZONE).getYear() + 1;
        return shown.stream().filter(holiday -> !holiday.added() && holiday.day().getYear() <= next).toList();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
