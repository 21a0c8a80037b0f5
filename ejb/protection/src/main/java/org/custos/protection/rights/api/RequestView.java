package org.custos.protection.rights.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.security.api.AuditedRecord;

/**
 * A rights request with its clock (D2) as the request page shows it; {@code identityVerifiedOn} is also the day the
 * DPM recorded that no check of identity is needed, with the reason and who recorded it (D1).
 */
public record RequestView(long id, long version, long subjectId, String subjectName, RequestType type,
        RequestChannel channel, String representative, String asked, LocalDate receivedOn, IdentityCheck identity,
        LocalDate identityVerifiedOn, String noCheckReason, String noCheckRecordedBy, Clock clock, String extensionReason, LocalDate extensionNoticeOn,
        RefusalGround refusalGround, String refusalReasons, LocalDate refusedOn, Integer feePence, String feeReason,
        String scopeNote, CompileState compileState, int compiledContexts, int totalContexts, boolean packKept,
        LocalDate respondedOn, List<StopView> stops) implements Serializable, AuditedRecord {

    public RequestView {
        stops = List.copyOf(stops);
    }

    public boolean open() {
        return respondedOn == null && refusedOn == null;
    }

    /** The day the request was answered or refused; null while it is open. */
    public LocalDate closedOn() {
        return refusedOn != null ? refusedOn : respondedOn;
    }

    /** D2, D4: answered or refused after the due date; kept in view, as the ICO would see it. */
    public boolean closedLate() {
        return closedOn() != null && clock.due() != null && closedOn().isAfter(clock.due());
    }

    public boolean extended() {
        return extensionReason != null;
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }

    /**
     * The dates of D2: due at receipt; the day the month counts from now (the receipt, or the day the clock last
     * restarted, which is then also {@code restartedOn}) and the days paused since then; end of the first month
     * (the last day to send an extension notice), due now (null while stopped) and days left; what the clock waits
     * for, while stopped; the state of the extension.
     */
    public record Clock(LocalDate originalDue, LocalDate countsFrom, LocalDate restartedOn, long pausedDays,
            LocalDate firstMonthDue, LocalDate due, Long daysLeft, LocalDate stoppedSince, ClockStop stoppedFor,
            boolean extensionNoticeDue, boolean extensionLapsed) implements Serializable {

        public boolean stopped() {
            return stoppedSince != null;
        }

        public boolean restarted() {
            return restartedOn != null;
        }

        public boolean overdue() {
            return daysLeft != null && daysLeft < 0;
        }
    }

    /**
     * A stop of the clock, from the day what it waits for was asked for to the day it arrived (null while still
     * awaited); {@code pausedDays} the days an ended pause held the clock.
     */
    public record StopView(ClockStop reason, LocalDate stoppedOn, LocalDate resumedOn, long pausedDays)
        implements Serializable {
    }
}
