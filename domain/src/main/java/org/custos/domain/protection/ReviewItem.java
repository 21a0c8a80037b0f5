package org.custos.domain.protection;

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
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;
import org.custos.domain.shared.ReviewDecision;

/**
 * One record or document of a response under review (D3): a copy of what its context holds (JSON of its fields,
 * encrypted at rest, X3, since it may be special-category data) and the DPM's decision on it. Both copies are bound
 * to the item's id, which persisting assigns: the content is sealed then.
 */
@Entity
@Table(name = "prot_review_item")
@Cacheable(false)
public class ReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(nullable = false)
    private String context;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private Sealed content;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    @Convert(converter = SealedColumn.class)
    @Column(name = "redacted_content")
    private Sealed redactedContent;

    @Column(name = "exemption_ground")
    private String exemptionGround;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    /** The content as given, until persisting assigns the id it is bound to. */
    @Transient
    private String contentToSeal;

    protected ReviewItem() {
    }

    public ReviewItem(long requestId, String context, String recordType, String recordId, String content) {
        this.requestId = requestId;
        this.context = context;
        this.recordType = recordType;
        this.recordId = recordId;
        this.contentToSeal = content;
    }

    @PrePersist
    void seal() {
        content = EncryptedColumns.REVIEW_ITEM_CONTENT.seal(contentToSeal, id);
    }

    public void decide(ReviewDecision decision, String redactedContent, String exemptionGround, String by,
            LocalDateTime at) {
        this.decision = decision;
        this.redactedContent = EncryptedColumns.REVIEW_ITEM_REDACTED_CONTENT.seal(redactedContent, id);
        this.exemptionGround = exemptionGround;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /**
     * Erasure (D5, R6): the copy of the record and its redacted copy become {@code fieldsMarker} (in the stored form
     * of the fields), the exemption ground {@code marker}; returns what was removed. The decision, who made it and
     * when stay.
     */
    public List<RemovedCopy> removeContent(String fieldsMarker, String marker) {
        List<RemovedCopy> removed = new ArrayList<>();
        content = RemovedCopy.replaced(EncryptedColumns.REVIEW_ITEM_CONTENT, content, id, fieldsMarker, removed);
        redactedContent = RemovedCopy.replaced(EncryptedColumns.REVIEW_ITEM_REDACTED_CONTENT, redactedContent, id,
                fieldsMarker, removed);
        exemptionGround = RemovedCopy.replaced("exemption_ground", exemptionGround, marker, removed);
        return removed;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long requestId() {
        return requestId;
    }

    public String context() {
        return context;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String content() {
        return EncryptedColumns.REVIEW_ITEM_CONTENT.open(content, id);
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String redactedContent() {
        return EncryptedColumns.REVIEW_ITEM_REDACTED_CONTENT.open(redactedContent, id);
    }

    public String exemptionGround() {
        return exemptionGround;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }
}
