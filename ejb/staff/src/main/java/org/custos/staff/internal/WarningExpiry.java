package org.custos.staff.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.custos.domain.shared.OrganisationTime;

/**
 * R3: when a warning expires, and whether an HR case's details may go. A warning expires on the day HR set, or its
 * level's period (a setting, {@link StaffRetention#warning}) after the decision; from that day only the case's
 * summary is kept. A case that ended without a warning keeps its details with the staff file.
 */
final class WarningExpiry {

    private WarningExpiry() {
    }

    /** The day HR chose, or the decision's date plus the level's period. */
    static LocalDate expiresOn(LocalDate decidedOn, LocalDate chosen, Period levelPeriod) {
        return chosen != null ? chosen : decidedOn.plus(levelPeriod);
    }

    /** Whether the warning has expired today: on its expiry day it has. */
    static boolean expired(LocalDate expiresOn, LocalDate today) {
        return expiresOn != null && !today.isBefore(expiresOn);
    }

    /** Why a case's details may not be reduced to its summary today, if they may not. */
    static Optional<String> summaryRefusal(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return Optional.of("This case has no warning: its details are kept with the staff file.");
        }
        if (!expired(expiresOn, today)) {
            return Optional.of("The warning expires on " + OrganisationTime.DAY.format(expiresOn)
                    + ": the case's details are kept until then.");
        }
        return Optional.empty();
    }
}
