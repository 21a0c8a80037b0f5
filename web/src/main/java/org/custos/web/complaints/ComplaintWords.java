package org.custos.web.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The acknowledgement's time left in words, so that overdue is said and not only shown in red. */
@Named
@ApplicationScoped
public class ComplaintWords {

    /** "Acknowledged", "Overdue by 3 days", "Due today", "1 day left", "12 days left". */
    public String daysLeft(long days, boolean acknowledged) {
        if (acknowledged) {
            return "Acknowledged";
        }
        if (days < 0) {
            return "Overdue by " + days(-days);
        }
        return days == 0 ? "Due today" : days(days) + " left";
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
