package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.staff.api.ExpiringPermission;
import org.custos.staff.api.StaffChecks;

/**
 * On HR's home page (T1): the right-to-work permissions and security clearances of current staff that end soon or
 * have ended, soonest first, in a table paged in SQL; nothing at all while there are none.
 */
@Named
@ViewScoped
public class PermissionsEndingSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffChecks staffChecks;

    @Inject
    CurrentUser user;

    @Inject
    ComplianceCalendar calendar;

    private final LazyPages<ExpiringPermission> ending = new LazyPages<>(
            (first, pageSize, sort) -> staffChecks.expiring(first, pageSize),
            row -> row.what() + " " + row.staffFileId());
    private Long count;

    /** How many there are, counted once per view; none for anyone but HR. */
    public long getCount() {
        if (count == null) {
            count = user.isHr() ? staffChecks.expiring(0, 1).total() : 0L;
        }
        return count;
    }

    public LazyPages<ExpiringPermission> getEnding() {
        return ending;
    }

    public boolean ended(ExpiringPermission row) {
        return row.endedBy(calendar.today());
    }
}
