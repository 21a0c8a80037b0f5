package org.custos.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.protection.calendar.api.SettingView;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.calendar.api.Settings;
import org.custos.protection.reminders.api.ReminderStatus;
import org.custos.protection.reminders.api.Reminders;
import org.custos.web.shell.FacadeCall;

/**
 * The periods and deadlines the product enforces, and their defaults, the email reminders' lead times among them;
 * the DPM and the administrator edit them, in words ({@link org.custos.web.shell.PeriodWordsConverter}). The page
 * says whether the reminders are on.
 */
@Named
@ViewScoped
public class SettingListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Settings settings;

    @EJB
    Reminders reminders;

    private List<SettingView> all;
    private ReminderStatus reminderStatus;
    private final Map<String, String> typed = new HashMap<>();

    @PostConstruct
    void load() {
        all = settings.settings();
        reminderStatus = reminders.status();
        all.forEach(setting -> typed.put(setting.key(), setting.value()));
    }

    public void save(SettingView setting) {
        FacadeCall.attempt(() -> settings.change(setting.key(), typed.get(setting.key()))).ifPresent(saved -> {
            FacadeCall.info(saved.label() + ": " + PeriodText.words(saved.value()) + (saved.changed() ? ""
                    : " (the default)") + ".");
            load();
        });
    }

    public List<SettingView> getAll() {
        return all;
    }

    public ReminderStatus getReminderStatus() {
        return reminderStatus;
    }

    public Map<String, String> getTyped() {
        return typed;
    }
}
