package org.custos.complaints.api;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;

/**
 * A row of the open complaints: no one's name or words, only what a handler or the DPM needs to see the deadline
 * (P1): when it arrived, how, its kind, what it is about, when its acknowledgement is due and the days left (negative
 * when overdue), and whether it was acknowledged (then nothing is due).
 */
public record OpenComplaint(long id, LocalDate receivedOn, ComplaintChannel channel, ComplaintKind kind,
        ComplaintAbout about, LocalDate acknowledgementDue, long daysLeft, boolean acknowledged)
        implements Serializable {

    /** Overdue: not acknowledged and past its due date (shown in red). */
    public boolean overdue() {
        return !acknowledged && daysLeft < 0;
    }
}
