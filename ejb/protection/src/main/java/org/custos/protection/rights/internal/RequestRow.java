package org.custos.protection.rights.internal;

import java.time.LocalDate;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.RequestType;
import org.custos.protection.rights.api.RequestStatus;

/** What a request list needs of a request: read from its columns by {@link RequestSearch}, or from the entity. */
record RequestRow(long id, long subjectId, RequestType type, LocalDate receivedOn, boolean extended,
        LocalDate extensionNoticeOn, LocalDate respondedOn, LocalDate refusedOn) {

    /** The columns {@link #of(Object[])} reads, in its order, for a query on {@code RightsRequest r}. */
    static final String COLUMNS = "r.id, r.subjectId, r.type, r.receivedOn, r.extendedOn, r.extensionNoticeOn,"
            + " r.respondedOn, r.refusedOn";

    static RequestRow of(Object[] columns) {
        return new RequestRow((Long) columns[0], (Long) columns[1], (RequestType) columns[2],
                (LocalDate) columns[3], columns[4] != null, (LocalDate) columns[5], (LocalDate) columns[6],
                (LocalDate) columns[7]);
    }

    static RequestRow of(RightsRequest request) {
        return new RequestRow(request.id(), request.subjectId(), request.type(), request.receivedOn(),
                request.extensionReason() != null, request.extensionNoticeOn(), request.respondedOn(),
                request.refusedOn());
    }

    RequestStatus status() {
        if (refusedOn != null) {
            return RequestStatus.REFUSED;
        }
        return respondedOn != null ? RequestStatus.ANSWERED : RequestStatus.OPEN;
    }

    LocalDate closedOn() {
        return refusedOn != null ? refusedOn : respondedOn;
    }
}
