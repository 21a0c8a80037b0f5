package org.custos.domain.protection;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.custos.domain.document.StoredDocument;

/** The evidence of a consent kept as a document (L2, ADR 0005), with the hash of its content; one per consent. */
@Entity
@Table(name = "prot_consent_document")
public class ConsentDocument {

    @Id
    @Column(name = "consent_id")
    private long consentId;

    @Version
    private long version;

    @Embedded
    private StoredDocument stored;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ConsentDocument() {
    }

    public ConsentDocument(long consentId, StoredDocument stored, byte[] content) {
        this.consentId = consentId;
        this.stored = stored;
        this.content = content.clone();
    }

    public long consentId() {
        return consentId;
    }

    public StoredDocument stored() {
        return stored;
    }

    public byte[] content() {
        return content.clone();
    }
}
