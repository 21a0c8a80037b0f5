package org.custos.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.notices.api.NoticeOwed;
import org.custos.protection.notices.api.NoticesGiven;

/**
 * On the DPM's home page: the privacy notices owed that are overdue or due within a week (N2), soonest first, each
 * with the person (linking to their register page) and the day due in words; the first {@value #SHOWN} of them, read
 * as one page in SQL, with how many there are in all; nothing at all while there are none.
 */
@Named
@RequestScoped
public class NoticesOwedSection {

    /** How many rows the home page shows. */
    static final int SHOWN = 50;

    @EJB
    NoticesGiven given;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    CurrentUser user;

    private Page<NoticeOwed> owed;

    /** The notices owed by a week from today, read once per request; none for anyone but the DPM. */
    public Page<NoticeOwed> getOwed() {
        if (owed == null) {
            owed = user.isDpm() ? FacadeCall.attemptToShow(() -> given.owedBy(calendar.today().plusWeeks(1), 0,
                    SHOWN)).orElse(new Page<>(List.of(), 0)) : new Page<>(List.of(), 0);
        }
        return owed;
    }

    /** Owed and due before today. */
    public boolean overdue(NoticeOwed notice) {
        return notice.overdueOn(today());
    }

    /** "12 notices are owed", "One notice is owed". */
    public String count() {
        long total = getOwed().total();
        return total == 1 ? "One privacy notice is owed" : total + " privacy notices are owed";
    }

    private LocalDate today() {
        return calendar.today();
    }
}
