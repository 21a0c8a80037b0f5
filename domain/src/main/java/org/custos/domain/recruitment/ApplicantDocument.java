package org.custos.domain.recruitment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.shared.DocumentKind;

/**
 * A document of an application (CV, proofs for the checks ...), stored in the database with the hash of its
 * content; lists read it without the content.
 */
@Entity
@Table(name = "rec_document")
public class ApplicantDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rec_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Embedded
    private StoredDocument stored;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ApplicantDocument() {
    }

    public ApplicantDocument(long applicationId, DocumentKind kind, StoredDocument stored, byte[] content) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.stored = stored;
        this.content = content.clone();
    }

    public Long id() {
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public DocumentKind kind() {
        return kind;
    }

    public StoredDocument stored() {
        return stored;
    }

    public byte[] content() {
        return content.clone();
    }
}
