package org.custos.protection.notices.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.NoticeMethod;
import org.custos.security.api.AuditedRecord;

/**
 * A new version being sent to everyone who had an older one (N2), with its progress: how many people in all and done
 * so far; {@code finished} once no one is left.
 */
public record NoticeSendView(long id, String from, String to, NoticeMethod method, LocalDate givenOn,
        int peopleTotal, int peopleDone, boolean finished, String startedBy, LocalDateTime startedAt,
        LocalDateTime finishedAt) implements Serializable, AuditedRecord {

    /** "120 of 400 people", "All 400 people". */
    public String progress() {
        return finished ? "Done: " + peopleDone + (peopleDone == 1 ? " person" : " people")
                : peopleDone + " of " + peopleTotal + (peopleTotal == 1 ? " person" : " people");
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
