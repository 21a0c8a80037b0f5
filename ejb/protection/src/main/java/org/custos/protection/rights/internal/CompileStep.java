package org.custos.protection.rights.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.Principal;
import java.util.List;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.protection.ResponsePack;
import org.custos.domain.protection.ReviewItem;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.Role;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.HolderRegistry;

/**
 * The steps of compiling a response (D3), each committed on its own so that the request page can show how far it
 * has come: starting afresh, then one context's data at a time, in the order of the contexts' names. Each context is
 * copied only when it is its turn (the request, locked, counts the contexts done): a compile cut short by a crash
 * resumes at the next context ({@link RequestsLeftHalfDone}), and none is copied twice.
 */
@Stateless
@RolesAllowed(Role.Names.DPM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CompileStep {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RequestRecords records;

    @Inject
    HolderRegistry holders;

    @Inject
    Principal caller;

    /** Clears an earlier compilation and its pack; the request counts the contexts still to come. */
    public void start(long requestId, long version) {
        RightsRequest request = records.open(requestId, version);
        em.createQuery("delete from ReviewItem i where i.requestId = :id").setParameter("id", requestId)
                .executeUpdate();
        ResponsePack pack = em.find(ResponsePack.class, requestId);
        if (pack != null) {
            em.remove(pack);
        }
        request.compiling(holders.sorted().size(), caller.getName());
    }

    /** Copies what one context holds about the person into the workspace, when it is that context's turn. */
    public void compile(long requestId, String context) {
        copy(requestId, context, false);
    }

    /**
     * The same, for a compile left running when the server stopped, at its start with no one signed in.
     * {@code @PermitAll} on purpose, like the retention carrier: it only finishes a compile the DPM started (the
     * facade checked the role and the identity gate then). It is internal: the web module cannot reach it. Reads
     * through each holder's door for no one signed in. Returns whether it copied the context (false: not its turn).
     */
    @PermitAll
    public boolean compileLeftRunning(long requestId, String context) {
        return copy(requestId, context, true);
    }

    private boolean copy(long requestId, String context, boolean noOneSignedIn) {
        RightsRequest request = em.find(RightsRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        List<String> contexts = holders.contexts();
        if (request == null || request.compileState() != CompileState.RUNNING
                || request.compiledContexts() >= contexts.size()
                || !contexts.get(request.compiledContexts()).equals(context)) {
            return false;
        }
        SubjectDataSection section = noOneSignedIn ? holders.of(context).exportWithNoOneSignedIn(request.subjectId())
                : holders.of(context).export(request.subjectId());
        for (SubjectDataSection.DataItem item : section.items()) {
            em.persist(new ReviewItem(requestId, context, item.recordType(), item.recordId(),
                    ItemFields.json(item.fields().stream()
                            .map(field -> new ItemField(field.label(), field.value(), field.otherPerson()))
                            .toList())));
        }
        request.compiledOne();
        return true;
    }
}
