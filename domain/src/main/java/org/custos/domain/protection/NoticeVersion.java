package org.custos.domain.protection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custos.domain.document.DocumentFacts;
import org.custos.domain.shared.NoticeState;

/**
 * One version of a {@link Notice} (N1), numbered from 1 within it: its text (sanitised rich text) or an uploaded PDF
 * (a {@link NoticeDocument} with the same id), the purposes it covers, the checklist of what it states, and where it
 * is: a draft is edited; the DPM's approval of its form and content and its issue are recorded with who and when;
 * issuing a later version withdraws it. Only drafts change; a new draft may be copied from any version.
 */
@Entity
@Table(name = "prot_notice_version")
@SequenceGenerator(name = "prot_notice_version_seq", sequenceName = "prot_notice_version_seq", allocationSize = 50)
public class NoticeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_notice_version_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeState state;

    /** The rich text, sanitised; null when the version is a PDF or not yet written. */
    @Column(name = "body")
    private String text;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    private String sha256;

    @ElementCollection
    @CollectionTable(name = "prot_notice_purpose", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "purpose_id")
    private Set<Long> purposeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "prot_notice_item", joinColumns = @JoinColumn(name = "version_id"))
    private List<NoticeItemRow> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "issued_at")
    private LocalDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    protected NoticeVersion() {
    }

    /** A new draft, numbered {@code number}, empty. */
    public NoticeVersion(long noticeId, int number, LocalDateTime now, String by) {
        this.noticeId = noticeId;
        this.number = number;
        this.state = NoticeState.DRAFT;
        this.createdAt = now;
        this.createdBy = by;
        touched(now, by);
    }

    /** A new draft numbered {@code number} with what {@code from} says, its document's facts included. */
    public static NoticeVersion copyOf(NoticeVersion from, int number, LocalDateTime now, String by) {
        NoticeVersion copy = new NoticeVersion(from.noticeId, number, now, by);
        copy.text = from.text;
        copy.fileName = from.fileName;
        copy.mediaType = from.mediaType;
        copy.sizeBytes = from.sizeBytes;
        copy.sha256 = from.sha256;
        copy.purposeIds.addAll(from.purposeIds);
        copy.items.addAll(from.items);
        return copy;
    }

    /** Replaces the draft's text, purposes and checklist. */
    public void write(String newText, Collection<Long> purposes, List<NoticeItemRow> checklist, LocalDateTime now,
            String by) {
        this.text = newText;
        this.purposeIds.clear();
        this.purposeIds.addAll(purposes);
        this.items.clear();
        this.items.addAll(checklist);
        touched(now, by);
    }

    /** The draft's content becomes the PDF described by {@code facts}; null removes it. */
    public void document(DocumentFacts facts, LocalDateTime now, String by) {
        this.fileName = facts == null ? null : facts.fileName();
        this.mediaType = facts == null ? null : facts.type().mediaType();
        this.sizeBytes = facts == null ? null : (long) facts.size();
        this.sha256 = facts == null ? null : facts.sha256();
        touched(now, by);
    }

    public void approve(LocalDateTime now, String by) {
        this.state = NoticeState.APPROVED;
        this.approvedAt = now;
        this.approvedBy = by;
        touched(now, by);
    }

    public void issue(LocalDateTime now, String by) {
        this.state = NoticeState.ISSUED;
        this.issuedAt = now;
        this.issuedBy = by;
        touched(now, by);
    }

    public void withdraw(LocalDateTime now, String by) {
        this.state = NoticeState.WITHDRAWN;
        this.withdrawnAt = now;
        touched(now, by);
    }

    private void touched(LocalDateTime now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long noticeId() {
        return noticeId;
    }

    public int number() {
        return number;
    }

    public NoticeState state() {
        return state;
    }

    public String text() {
        return text;
    }

    public boolean hasDocument() {
        return fileName != null;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public Long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Set<Long> purposeIds() {
        return Set.copyOf(purposeIds);
    }

    public List<NoticeItemRow> items() {
        return List.copyOf(items);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDateTime issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDateTime withdrawnAt() {
        return withdrawnAt;
    }
}
