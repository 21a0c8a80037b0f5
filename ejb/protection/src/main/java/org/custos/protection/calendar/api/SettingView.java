package org.custos.protection.calendar.api;

import java.io.Serializable;

/** One setting: what it governs (and the rule it comes from), its value, and its default. */
public record SettingView(String key, String label, String rule, String value, String defaultValue)
        implements Serializable {

    public boolean changed() {
        return !value.equals(defaultValue);
    }
}
