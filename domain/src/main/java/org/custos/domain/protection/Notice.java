package org.custos.domain.protection;

import jakarta.persistence.Column;
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
import org.custos.domain.shared.NoticeAudience;

/**
 * A privacy notice for one audience (N1), under a name the DPM may change; its text is in its
 * {@link NoticeVersion}s. One per audience is seeded; the DPM may add more.
 */
@Entity
@Table(name = "prot_notice")
@SequenceGenerator(name = "prot_notice_seq", sequenceName = "prot_notice_seq", allocationSize = 50)
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_notice_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeAudience audience;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Notice() {
    }

    public Notice(NoticeAudience audience, String name, LocalDateTime now, String by) {
        this.audience = audience;
        rename(name, now, by);
    }

    public void rename(String newName, LocalDateTime now, String by) {
        this.name = newName;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public NoticeAudience audience() {
        return audience;
    }

    public String name() {
        return name;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
