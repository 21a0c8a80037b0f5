package org.custos.relationships.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.relationships.Processor;
import org.custos.protection.breaches.api.ProcessorMap;

/**
 * The processor register's side of a breach's data map (X5, ADR 0012): each processor with what it receives, for
 * protection, which may not see this context. Its caller, protection's breach facade, checks and audits the call.
 */
@ApplicationScoped
public class ProcessorDataMap implements ProcessorMap {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public List<MappedProcessor> processors() {
        return em.createQuery("select p, o.name from Processor p, RelationshipOrganisation o where o.id = p.organisationId"
                + " order by o.name, o.id", Object[].class).getResultList().stream().map(row -> {
                    Processor processor = (Processor) row[0];
                    return new MappedProcessor(processor.organisationId(), (String) row[1],
                            processor.dataCategories(), processor.peopleHandled(), processor.purposeIds());
                }).toList();
    }
}
