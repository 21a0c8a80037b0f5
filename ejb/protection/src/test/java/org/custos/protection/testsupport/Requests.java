package org.custos.protection.testsupport;

import java.time.LocalDate;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Role;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.testsupport.Callers;

/**
 * Rights requests as HR logs them (D1):
 * <pre>{@code
 * RequestView request = Requests.anErasureRequestFrom(person.id()).loggedIn(requests);
 * RequestView late = Requests.anAccessRequestFrom(person.id()).receivedOn(LocalDate.now().minusMonths(2))
 *         .loggedIn(requests);
 * }</pre>
 * Unless told otherwise a request arrived by email today, asking for everything held about the person.
 */
public final class Requests {

    private Requests() {
    }

    public static Request anAccessRequestFrom(long subjectId) {
        return aRequestFrom(subjectId, RequestType.ACCESS);
    }

    public static Request anErasureRequestFrom(long subjectId) {
        return aRequestFrom(subjectId, RequestType.ERASURE);
    }

    public static Request aRequestFrom(long subjectId, RequestType type) {
        return new Request(subjectId, type);
    }

    /** One request, described step by step. */
    public static final class Request {

        private final long subjectId;
        private final RequestType type;
        private LocalDate receivedOn = LocalDate.now();

        private Request(long subjectId, RequestType type) {
            this.subjectId = subjectId;
            this.type = type;
        }

        public Request receivedOn(LocalDate day) {
            receivedOn = day;
            return this;
        }

        public RequestForm form() {
            return new RequestForm(subjectId, type, RequestChannel.EMAIL, null, "Everything you hold about me",
                    receivedOn);
        }

        /** Logged by HR. */
        public RequestView loggedIn(RightsRequests requests) throws Exception {
            RequestForm form = form();
            return Callers.as(Role.HR, () -> requests.log(form));
        }
    }
}
