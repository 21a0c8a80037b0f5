package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.custos.domain.security.SensitiveRecord;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.subject.DataSubject;

/** Test-only: writes and reads sensitive records through JPA, as the approval-gated facade will. */
@Stateless
@PermitAll
public class SensitiveRecordWriter {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    public long write(String content) {
        DataSubject person = new DataSubject("Test", "Person", LocalDateTime.now(), "test");
        em.persist(person);
        em.flush();
        SensitiveRecord record = new SensitiveRecord(person.id(), "security", SpecialCategory.HEALTH, 1, content,
                "test", LocalDateTime.now());
        em.persist(record);
        em.flush();
        return record.id();
    }

    public String read(long id) {
        return em.find(SensitiveRecord.class, id).content();
    }
}
