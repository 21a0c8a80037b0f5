package org.custos.protection.rights.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.HolderRegistry;

/**
 * Finishes in the background the erasures and compiles a crash cut short (D3, D5), each context in a transaction
 * of its own through the same steps the DPM's action uses. What is recorded tells what is left: an erasure writes one
 * outcome per context in the transaction that erases there, the register last, so an erasure request with outcomes
 * but none for the register was cut short, and the contexts without an outcome are still to do; a compile counts
 * the contexts done in the transaction that copies each, so one still "Compiling" resumes at the next. A person's
 * erasure that had reached no context has nothing erased and waits for the DPM.
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

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    ActionStep actions;

    @Inject
    CompileStep compiles;

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
        List<Long> requests = ids("select r.id from prot_rights_request r where r.request_type = 'ERASURE' and exists"
                + " (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED') and not"
                + " exists (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED'"
                + " and o.context = '" + DataContext.REGISTER.key() + "') order by r.id");
        if (!requests.isEmpty()) {
            LOG.info("Rights requests: finishing " + requests.size() + " erasure(s) cut short when the server stopped");
        }
        for (long request : requests) {
            try {
                for (String context : holders.registerLast()) {
                    actions.eraseLeftUndone(request, context);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rights requests: the erasure of request " + request + " could not be finished;"
                        + " the next start tries again", e);
            }
        }
    }

    private void finishCompiles() {
        List<Long> requests = ids("select id from prot_rights_request where compile_state = 'RUNNING' order by id");
        if (!requests.isEmpty()) {
            LOG.info("Rights requests: resuming " + requests.size() + " compile(s) left running when the server"
                    + " stopped");
        }
        List<String> contexts = holders.contexts();
        for (long request : requests) {
            try {
                for (String context : contexts) {
                    compiles.compileLeftRunning(request, context);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rights requests: the compile of request " + request + " could not be"
                        + " resumed; the next start tries again", e);
            }
        }
    }

    private List<Long> ids(String sql) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }
}
