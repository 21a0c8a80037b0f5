package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.shared.SpecialCategory;

/**
 * Special-category or criminal-records data about one person, recorded in one context for one purpose (L4). The
 * content is encrypted at rest (X3) and never sits in the shared cache. An optional document is described here,
 * its name encrypted too (it is personal data: "Jane Smith sick note.pdf"); its bytes are a
 * {@link SensitiveDocument}. Both are bound to the record's id, which persisting assigns: they are sealed then.
 */
@Entity
@Table(name = "sec_sensitive_record")
@Cacheable(false)
@SequenceGenerator(name = "sec_sensitive_record_seq", sequenceName = "sec_sensitive_record_seq", allocationSize = 50)
public class SensitiveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sec_sensitive_record_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private String context;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpecialCategory category;

    @Column(name = "purpose_id", nullable = false)
    private long purposeId;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private Sealed content;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Convert(converter = SealedColumn.class)
    @Column(name = "document_name")
    private Sealed documentName;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_size")
    private Integer documentSize;

    @Column(name = "document_sha256")
    private String documentSha256;

    /**
     * Whether the context that recorded it keeps it with its own records and erases it with them, at its own
     * retention clock (a sickness absence's health details, R3): a person's erasure in the security context leaves it.
     */
    @Column(name = "kept_by_context", nullable = false)
    private boolean keptByContext;

    /** The content and document name as given, until persisting assigns the id they are bound to. */
    @Transient
    private String contentToSeal;

    @Transient
    private String documentNameToSeal;

    protected SensitiveRecord() {
    }

    /** @param document what is kept about the attached document besides its bytes, or null without one */
    public SensitiveRecord(long subjectId, String context, SpecialCategory category, long purposeId, String content,
            DocumentFacts document, String recordedBy, LocalDateTime recordedAt) {
        this.subjectId = subjectId;
        this.context = context;
        this.category = category;
        this.purposeId = purposeId;
        this.contentToSeal = content;
        if (document != null) {
            this.documentNameToSeal = document.fileName();
            this.documentType = document.type().mediaType();
            this.documentSize = document.size();
            this.documentSha256 = document.sha256();
        }
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The recording context will keep it with its own records and erase it with them. */
    public void keepWithContext() {
        this.keptByContext = true;
    }

    @PrePersist
    void seal() {
        content = EncryptedColumns.SENSITIVE_RECORD_CONTENT.seal(contentToSeal, id);
        documentName = EncryptedColumns.SENSITIVE_RECORD_DOCUMENT_NAME.seal(documentNameToSeal, id);
    }

    /** D5: the content as the person asked it to be rectified. */
    public void correct(String correctedContent) {
        this.content = EncryptedColumns.SENSITIVE_RECORD_CONTENT.seal(correctedContent, id);
    }

    public Long id() {
        return id;
    }

    public long subjectId() {
        return subjectId;
    }

    public String context() {
        return context;
    }

    public SpecialCategory category() {
        return category;
    }

    public long purposeId() {
        return purposeId;
    }

    public String content() {
        return EncryptedColumns.SENSITIVE_RECORD_CONTENT.open(content, id);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    /** Whether a document is attached; its bytes are a {@link SensitiveDocument} with this record's id. */
    public boolean hasDocument() {
        return documentType != null;
    }

    public String documentName() {
        return EncryptedColumns.SENSITIVE_RECORD_DOCUMENT_NAME.open(documentName, id);
    }

    /** The document's media type, told by its content. */
    public String documentType() {
        return documentType;
    }

    public Integer documentSize() {
        return documentSize;
    }

    public String documentSha256() {
        return documentSha256;
    }
}
