package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.protection.ResponsePack;
import org.custos.domain.protection.ReviewItem;
import org.custos.domain.protection.RightsRequest;
import org.custos.domain.shared.Role;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.HolderRegistry;

/**
 * The steps of compiling a response (D3), each committed on its own so that the request page can show how far it
 * has come: starting afresh, then one context's data at a time.
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

    /** Clears an earlier compilation and its pack; the request counts the contexts still to come. */
    public void start(long requestId, long version) {
        RightsRequest request = records.open(requestId, version);
        em.createQuery("delete from ReviewItem i where i.requestId = :id").setParameter("id", requestId)
                .executeUpdate();
        ResponsePack pack = em.find(ResponsePack.class, requestId);
        if (pack != null) {
            em.remove(pack);
        }
        request.compiling(holders.sorted().size());
    }

    /** Copies what one context holds about the person into the workspace. */
    public void compile(long requestId, String context) {
        RightsRequest request = records.find(requestId);
        SubjectDataSection section = holders.of(context).export(request.subjectId());
        for (SubjectDataSection.DataItem item : section.items()) {
            em.persist(new ReviewItem(requestId, context, item.recordType(), item.recordId(),
                    ItemFields.json(item.fields().stream()
                            .map(field -> new ItemField(field.label(), field.value(), field.otherPerson()))
                            .toList())));
        }
        request.compiledOne();
    }
}
