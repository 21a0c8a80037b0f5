package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.security.SensitiveDocument;
import org.custos.domain.security.SensitiveRecord;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.subject.DataSubject;

/** Test-only: people (restricted or not), and sensitive records and documents written and read around the gate. */
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

    /** Restricts the person's data (D6), or lifts the restriction, as the register's holder would. */
    public void restrict(long subjectId, boolean restricted) {
        em.find(DataSubject.class, subjectId).restrict(restricted);
    }

    public long write(String content) {
        return write(content, null, null);
    }

    /** A record with a document of {@code fileName} holding {@code document} (an accepted type). */
    public long write(String content, String fileName, byte[] document) {
        SensitiveRecord record = new SensitiveRecord(aPerson(), "security", SpecialCategory.HEALTH, 1, content,
                document == null ? null : DocumentFacts.of(fileName, document), "test", LocalDateTime.now());
        em.persist(record);
        em.flush();
        if (document != null) {
            em.persist(new SensitiveDocument(record, document));
        }
        return record.id();
    }

    public String read(long id) {
        return em.find(SensitiveRecord.class, id).content();
    }

    public byte[] readDocument(long id) {
        return em.find(SensitiveDocument.class, id).content();
    }
}
