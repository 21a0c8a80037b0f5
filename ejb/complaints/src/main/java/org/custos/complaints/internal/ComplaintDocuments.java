package org.custos.complaints.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.complaints.api.ComplaintDocumentView;
import org.custos.domain.complaints.Complaint;
import org.custos.domain.complaints.ComplaintDocument;
import org.custos.domain.complaints.ComplaintDocumentContent;
import org.custos.domain.document.DocumentFacts;
import org.custos.security.api.AccessRefused;

/**
 * The documents of complaint files (P1): kept with their name and bytes encrypted at rest (X3), listed without their
 * bytes, and deleted with what erasure or retention takes off a file (R5). Used by the facade and the holder.
 */
@Dependent
class ComplaintDocuments {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    void store(long complaintId, DocumentFacts facts, byte[] content, String by, LocalDateTime at) {
        ComplaintDocument document = new ComplaintDocument(complaintId, facts, by, at);
        em.persist(document);
        em.persist(new ComplaintDocumentContent(document, content));
        em.flush();
    }

    /** The complaint's documents, oldest first. */
    List<ComplaintDocument> of(long complaintId) {
        return em.createQuery("select d from ComplaintDocument d where d.complaintId = :complaint order by d.id",
                ComplaintDocument.class).setParameter("complaint", complaintId).getResultList();
    }

    List<ComplaintDocumentView> views(Complaint complaint) {
        return of(complaint.id()).stream().map(document -> new ComplaintDocumentView(document.id(), complaint.id(),
                complaint.complainantSubjectId(), document.fileName(), document.mediaType(), document.sizeBytes(),
                document.uploadedBy(), document.uploadedAt())).toList();
    }

    /** The document, which must be one of the complaint's. */
    ComplaintDocument one(long complaintId, long documentId) {
        ComplaintDocument document = em.find(ComplaintDocument.class, documentId);
        if (document == null || document.complaintId() != complaintId) {
            throw new AccessRefused("There is no such document.");
        }
        return document;
    }

    byte[] content(ComplaintDocument document) {
        return em.find(ComplaintDocumentContent.class, document.id()).content();
    }

    /** Deletes the complaint's documents and their bytes; the rows deleted. */
    int deleteAll(long complaintId) {
        int rows = em.createQuery("delete from ComplaintDocumentContent c where c.id in"
                + " (select d.id from ComplaintDocument d where d.complaintId = :complaint)")
                .setParameter("complaint", complaintId).executeUpdate();
        return rows + em.createQuery("delete from ComplaintDocument d where d.complaintId = :complaint")
                .setParameter("complaint", complaintId).executeUpdate();
    }
}
