package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.custos.domain.security.SensitiveRecord;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.subject.DataSubject;

/** Test-only: people, and sensitive records written and read around the gate, for the rotation tests. */
@Stateless
@PermitAll
public class SensitiveRecordWriter {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** A person in the register, as the protection context would have created them. */
    public long aPerson() {
        DataSubject person = new DataSubject("Test", "Person", LocalDateTime.now(), "test");
        em.persist(person);
        em.flush();
        return person.id();
    }

    public long write(String content) {
        SensitiveRecord record = new SensitiveRecord(aPerson(), "security", SpecialCategory.HEALTH, 1, content,
                "test", LocalDateTime.now());
        em.persist(record);
        em.flush();
        return record.id();
    }

    public String read(long id) {
        return em.find(SensitiveRecord.class, id).content();
    }
}
