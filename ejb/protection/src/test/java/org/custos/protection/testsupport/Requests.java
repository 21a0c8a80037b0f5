package org.custos.protection.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.Role;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.testsupport.Callers;

/**
 * Rights requests as HR logs them (D1), and as the DPM takes them on once the requester's identity is verified:
 * <pre>{@code
 * RequestView request = Requests.anErasureRequestFrom(person.id()).verifiedIn(requests);
 * RequestView late = Requests.anAccessRequestFrom(person.id()).receivedOn(LocalDate.now().minusMonths(2))
 *         .loggedIn(requests);
 * Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
 * RequestView compiled = Requests.onceCompiled(request.id(), requests);
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
        private String asked = "Everything you hold about me";

        private Request(long subjectId, RequestType type) {
            this.subjectId = subjectId;
            this.type = type;
        }

        public Request receivedOn(LocalDate day) {
            receivedOn = day;
            return this;
        }

        /** What the person wrote. */
        public Request asking(String text) {
            asked = text;
            return this;
        }

        public RequestForm form() {
            return new RequestForm(ChosenPerson.known(subjectId), type, RequestChannel.EMAIL, null, asked, receivedOn);
        }

        /** Logged by HR. */
        public RequestView loggedIn(RightsRequests requests) throws Exception {
            RequestForm form = form();
            return Callers.as(Role.HR, () -> requests.log(form));
        }

        /** Logged by HR; the DPM verified the requester's identity the day it arrived (D1). */
        public RequestView verifiedIn(RightsRequests requests) throws Exception {
            RequestView logged = loggedIn(requests);
            return Callers.as(Role.DPM, () -> requests.identity(logged.id(), logged.version(), IdentityCheck.VERIFIED,
                    logged.receivedOn()));
        }
    }

    /** The request once its response is compiled (D3): waits up to 30 seconds for every context to answer. */
    public static RequestView onceCompiled(long requestId, RightsRequests requests) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        RequestView view = Callers.as(Role.DPM, () -> requests.request(requestId));
        while (view.compileState() != CompileState.DONE && System.nanoTime() < deadline) {
            Thread.sleep(200);
            view = Callers.as(Role.DPM, () -> requests.request(requestId));
        }
        assertEquals(CompileState.DONE, view.compileState());
        return view;
    }
}
