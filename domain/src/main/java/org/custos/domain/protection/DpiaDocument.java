package org.custos.domain.protection;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.custos.domain.document.StoredDocument;

/**
 * An assessment document of a DPIA, its type told by its content at upload and kept with the hash of its bytes
 * (ADR 0005); the newest is the assessment, the older ones its history. Lists read it without the bytes.
 */
@Entity
@Table(name = "prot_dpia_document")
public class DpiaDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_dpia_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "dpia_id", nullable = false)
    private long dpiaId;

    @Embedded
    private StoredDocument stored;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DpiaDocument() {
    }

    public DpiaDocument(long dpiaId, StoredDocument stored, byte[] content) {
        this.dpiaId = dpiaId;
        this.stored = stored;
        this.content = content.clone();
    }

    public Long id() {
        return id;
    }

    public long dpiaId() {
        return dpiaId;
    }

    public StoredDocument stored() {
        return stored;
    }

    public byte[] content() {
        return content.clone();
    }
}
