package org.custos.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.reminders.api.ReminderStatus;
import org.custos.protection.reminders.api.Reminders;

/**
 * The periods and deadlines the product enforces, and their defaults, the email reminders' lead times among them;
 * the DPM and the administrator edit them, in words ({@link org.custos.web.shell.PeriodWordsConverter}). The page
 * says whether the reminders are on.
 */
@Named
@ViewScoped
public class SettingListPage extends PeriodSettingsForm {

    private static final long serialVersionUID = 1L;

    @EJB
    Settings settings;

    @EJB
    Reminders reminders;

    private ReminderStatus reminderStatus;

    @PostConstruct
    @Override
    protected void load() {
        super.load();
        reminderStatus = reminders.status();
    }

    @Override
    protected List<SettingView> read() {
        return settings.settings();
    }

    @Override
    protected SettingView change(String key, String shown, String value) {
        return settings.changeFrom(key, shown, value);
    }

    public ReminderStatus getReminderStatus() {
        return reminderStatus;
    }
}
