package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.staff.api.AccuracyReviews;
import org.custos.staff.api.StaleRecord;

/**
 * On HR's home page (A1): the groups of current staff's records overdue for the member of staff to confirm, longest
 * overdue first, each linking to the staff file, in a table paged in SQL; nothing at all while there are none.
 */
@Named
@ViewScoped
public class StaleRecordsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccuracyReviews accuracyReviews;

    @Inject
    CurrentUser user;

    private final LazyPages<StaleRecord> stale = new LazyPages<>(
            (first, pageSize, sort) -> accuracyReviews.stale(first, pageSize),
            row -> row.staffFileId() + " " + row.group());
    private Long count;

    /** How many there are, counted once per view; none for anyone but HR. */
    public long getCount() {
        if (count == null) {
            count = user.isHr() ? accuracyReviews.stale(0, 1).total() : 0L;
        }
        return count;
    }

    public LazyPages<StaleRecord> getStale() {
        return stale;
    }
}
