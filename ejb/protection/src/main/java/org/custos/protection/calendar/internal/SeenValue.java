package org.custos.protection.calendar.internal;

import java.util.Objects;
import org.custos.protection.calendar.api.SettingView;
import org.custos.security.api.ConcurrentChange;

/**
 * Optimistic locking for a setting saved from a page: the change is made to the value the user saw, or not at all.
 * By value, not by a row's version: a setting back at its default has no row to carry one.
 */
final class SeenValue {

    private SeenValue() {
    }

    /** Refuses a change when the setting's value is no longer the one the user saw. */
    static void check(SettingView now, String shown) {
        if (!Objects.equals(now.value(), shown)) {
            throw new ConcurrentChange(now.label());
        }
    }
}
