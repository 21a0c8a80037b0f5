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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.custos.domain.crypto.EncryptedText;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.shared.SpecialCategory;

/**
 * Special-category or criminal-records data about one person, recorded in one context for one purpose (L4). The
 * content is encrypted at rest (X3) and never sits in the shared cache. An optional document is described here;
 * its bytes are a {@link SensitiveDocument}.
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

    @Convert(converter = EncryptedText.class)
    @Column(nullable = false)
    private String content;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_size")
    private Integer documentSize;

    @Column(name = "document_sha256")
    private String documentSha256;

    protected SensitiveRecord() {
    }

    public SensitiveRecord(long subjectId, String context, SpecialCategory category, long purposeId, String content,
            String recordedBy, LocalDateTime recordedAt) {
        this.subjectId = subjectId;
        this.context = context;
        this.category = category;
        this.purposeId = purposeId;
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** D5: the content as the person asked it to be rectified. */
    public void correct(String correctedContent) {
        this.content = correctedContent;
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
        return content;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    /** Describes the attached document; its bytes go into a {@link SensitiveDocument} with this record's id. */
    public void describeDocument(DocumentFacts document) {
        this.documentName = document.fileName();
        this.documentType = document.type().mediaType();
        this.documentSize = document.size();
        this.documentSha256 = document.sha256();
    }

    public boolean hasDocument() {
        return documentName != null;
    }

    public String documentName() {
        return documentName;
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
