package org.custos.complaints.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * X1: who opens a complaint file. Its named handlers do; the DPM does through emergency access (break-glass, with a
 * typed reason) unless named; everyone else, HR included, is refused.
 */
enum ComplaintAccess {
    /** A handler named on the file. */
    NAMED,
    /** The DPM, not named: only through emergency access. */
    EMERGENCY_ONLY,
    /** Anyone else. */
    REFUSED;

    static ComplaintAccess of(String caller, boolean dpm, Collection<String> handlers) {
        String me = caller.toLowerCase(Locale.ROOT);
        if (handlers.stream().anyMatch(handler -> handler.toLowerCase(Locale.ROOT).equals(me))) {
            return NAMED;
        }
        return dpm ? EMERGENCY_ONLY : REFUSED;
    }
}
