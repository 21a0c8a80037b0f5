package org.custos.web.settings;

import jakarta.annotation.PostConstruct;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.calendar.api.SettingView;
import org.custos.web.shell.FacadeCall;

/**
 * A table of period settings edited in words, a row saved at a time ({@code WEB-INF/includes/settings/periods.xhtml}):
 * what was typed in a refused row stays, and a row someone else saved since the page was opened is refused.
 */
public abstract class PeriodSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<SettingView> all;
    private final Map<String, String> typed = new HashMap<>();

    /** The settings of the table, as stored. */
    protected abstract List<SettingView> read();

    /**
     * Stores one setting's value over the one the page showed ({@code shown}); blank returns to the default.
     * Someone else's change in between is refused, not overwritten.
     */
    protected abstract SettingView change(String key, String shown, String value);

    @PostConstruct
    protected void load() {
        all = read();
        all.forEach(setting -> typed.put(setting.key(), setting.value()));
    }

    public void save(SettingView setting) {
        FacadeCall.attempt(() -> change(setting.key(), setting.value(), typed.get(setting.key()))).ifPresent(saved -> {
            FacadeCall.info(saved.label() + ": " + PeriodText.words(saved.value()) + (saved.changed() ? ""
                    : " (the default)") + ".");
            load();
        });
    }

    public List<SettingView> getAll() {
        return all;
    }

    public Map<String, String> getTyped() {
        return typed;
    }
}
