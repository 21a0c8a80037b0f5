package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.RequestType;

/**
 * The deadlines of the open rights requests, for the daily reminders: by number and type only, no person's name.
 * Not a facade: the reminders' timer calls it with no caller.
 */
public interface OpenRequestDeadlines {

    /**
     * An open request whose clock runs: the day it is due (D2) and, when it was extended and the person is not yet
     * told, the last day the extension notice may go (the first month's end), else null.
     */
    record RequestDeadline(long requestId, RequestType type, LocalDate due, LocalDate extensionNoticeBy)
        implements Serializable {
    }

    /** The open requests whose clock runs, soonest due first. */
    List<RequestDeadline> running();
}
