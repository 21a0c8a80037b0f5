package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.relationships.AdequateCountry;
import org.custos.domain.relationships.Processor;
import org.custos.domain.relationships.Transfer;
import org.custos.security.api.AccessRefused;

/** How international transfers load what is recorded per organisation and country, and the adequacy list. */
@Dependent
class TransferRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    List<Transfer> transfersOf(long organisationId) {
        return em.createQuery("select t from Transfer t where t.organisationId = :organisation", Transfer.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    Transfer transfer(long organisationId, long transferId) {
        Transfer transfer = em.find(Transfer.class, transferId);
        if (transfer == null || transfer.organisationId() != organisationId) {
            throw new AccessRefused("There is no such transfer for this organisation.");
        }
        return transfer;
    }

    /** Every recorded transfer, by organisation, then by country. */
    Map<Long, Map<String, Transfer>> allTransfers() {
        return em.createQuery("select t from Transfer t", Transfer.class).getResultStream()
                .collect(Collectors.groupingBy(Transfer::organisationId,
                        Collectors.toMap(Transfer::country, Function.identity())));
    }

    List<Processor> processors() {
        return em.createQuery("select p from Processor p order by p.id", Processor.class).getResultList();
    }

    /** The adequacy list: each country's conditions (blank when it holds without any), by code. */
    Map<String, AdequateCountry> adequacyList() {
        return em.createQuery("select a from AdequateCountry a", AdequateCountry.class).getResultStream()
                .collect(Collectors.toMap(AdequateCountry::country, Function.identity()));
    }

    AdequateCountry adequate(String country) {
        AdequateCountry adequate = em.find(AdequateCountry.class, country);
        if (adequate == null) {
            throw new AccessRefused("This country is not on the adequacy list.");
        }
        return adequate;
    }
}
