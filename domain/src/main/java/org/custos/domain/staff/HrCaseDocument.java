package org.custos.domain.staff;

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
 * A document of an HR case (letters, statements, evidence), its type told by its content when uploaded, kept with
 * the hash of its bytes; lists read it without the content. A detail that goes when the case's warning expires.
 */
@Entity
@Table(name = "stf_case_document")
public class HrCaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stf_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Embedded
    private StoredDocument stored;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected HrCaseDocument() {
    }

    public HrCaseDocument(long caseId, StoredDocument stored, byte[] content) {
        this.caseId = caseId;
        this.stored = stored;
        this.content = content.clone();
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public StoredDocument stored() {
        return stored;
    }

    public byte[] content() {
        return content.clone();
    }
}
