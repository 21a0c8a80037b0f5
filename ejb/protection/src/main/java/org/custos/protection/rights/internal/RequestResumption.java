package org.custos.protection.rights.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.protection.spi.HolderRegistry;

/**
 * Finishes in the background the erasures and compiles a crash cut short (D3, D5), each context in a transaction
 * of its own through the same steps the DPM's action uses. What is recorded tells what is left: an erasure writes one
 * outcome per context in the transaction that erases there, the register last, so an erasure request with outcomes
 * but none for the register was cut short, and the contexts without an outcome are still to do; a compile counts
 * the contexts done in the transaction that copies each, so one still "Compiling" resumes at the next. A person's
 * erasure that had reached no context has nothing erased and waits for the DPM. Each finished erasure and compile
 * leaves an audit entry ({@link ResumptionAudit}) naming the request and the DPM who started it; the contexts' own
 * doors for no one signed in are used ({@code PersonalDataHolder#eraseWithNoOneSignedIn}), so a context whose
 * holder reads through a facade checking the DPM's role (security's sensitive records) is finished too.
 * <p>
 * {@code @PermitAll} on purpose, like the retention carrier: it finishes only what the DPM started (the facades
 * checked the role and the identity gate then), at the server's start with no one signed in. It is internal: the
 * web module cannot reach it, and it takes no argument a caller could aim at someone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestResumption {

    private static final Logger LOG = Logger.getLogger(RequestResumption.class.getName());

    @Inject
    WorkLeftHalfDone left;

    @Inject
    HolderRegistry holders;

    @Inject
    ActionStep actions;

    @Inject
    CompileStep compiles;

    @Inject
    ResumptionAudit audit;

    @Asynchronous
    public void finishLeftHalfDone() {
        try {
            finishErasures();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rights requests: finishing the erasures left half done stopped", e);
        }
        try {
            finishCompiles();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rights requests: finishing the compiles left running stopped", e);
        }
    }

    private void finishErasures() {
        List<WorkLeftHalfDone.Left> requests = left.erasuresCutShort();
        if (!requests.isEmpty()) {
            LOG.info("Rights requests: finishing " + requests.size() + " erasure(s) cut short when the server stopped");
        }
        for (WorkLeftHalfDone.Left request : requests) {
            try {
                List<String> finished = new ArrayList<>();
                for (String context : holders.registerLast()) {
                    if (actions.eraseLeftUndone(request.requestId(), context, request.startedBy())) {
                        finished.add(context);
                    }
                }
                if (!finished.isEmpty()) {
                    audit.erasureFinished(new ResumedWork(request.requestId(), request.subjectId(), "Erasure",
                            finished, request.startedBy()));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rights requests: the erasure of request " + request.requestId() + " could not"
                        + " be finished; the next start tries again", e);
            }
        }
    }

    private void finishCompiles() {
        List<WorkLeftHalfDone.Left> requests = left.compilesLeftRunning();
        if (!requests.isEmpty()) {
            LOG.info("Rights requests: resuming " + requests.size() + " compile(s) left running when the server"
                    + " stopped");
        }
        List<String> contexts = holders.contexts();
        for (WorkLeftHalfDone.Left request : requests) {
            try {
                List<String> finished = new ArrayList<>();
                for (String context : contexts) {
                    if (compiles.compileLeftRunning(request.requestId(), context)) {
                        finished.add(context);
                    }
                }
                if (!finished.isEmpty()) {
                    audit.compileFinished(new ResumedWork(request.requestId(), request.subjectId(),
                            "Compile of the response", finished, request.startedBy()));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rights requests: the compile of request " + request.requestId() + " could not"
                        + " be resumed; the next start tries again", e);
            }
        }
    }

}
