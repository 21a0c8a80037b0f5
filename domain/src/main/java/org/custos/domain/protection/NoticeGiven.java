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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.NoticeMethod;

/**
 * A privacy notice owed to or given to one person (N2): the notice, the version given and the day and how (none while
 * owed), whether the data came from the person, the day it was obtained and from whom, the day of the first
 * communication or disclosure, and the day the notice is due (set by the calendar's rule). A context that collected
 * the data with one of its records names it ({@code context}, {@code recordId}).
 */
@Entity
@Table(name = "prot_notice_given")
@SequenceGenerator(name = "prot_notice_given_seq", sequenceName = "prot_notice_given_seq", allocationSize = 50)
public class NoticeGiven {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_notice_given_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "notice_version_id")
    private Long noticeVersionId;

    @Column(name = "from_person", nullable = false)
    private boolean fromPerson;

    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;

    @Column
    private String source;

    @Column(name = "first_contact_on")
    private LocalDate firstContactOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "given_on")
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column
    private NoticeMethod method;

    @Column
    private String context;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected NoticeGiven() {
    }

    /** A notice owed: the data was obtained on {@code obtainedOn} (from the person or from {@code source}). */
    public NoticeGiven(long subjectId, long noticeId, boolean fromPerson, LocalDate obtainedOn, String source,
            LocalDate dueOn, String context, Long recordId, String recordedBy, LocalDateTime recordedAt) {
        this.subjectId = subjectId;
        this.noticeId = noticeId;
        this.fromPerson = fromPerson;
        this.obtainedOn = obtainedOn;
        this.source = source;
        this.dueOn = dueOn;
        this.context = context;
        this.recordId = recordId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** N2: the person was given {@code noticeVersionId} (of {@code noticeId}) on {@code on}, by {@code how}. */
    public void given(long noticeId, long noticeVersionId, LocalDate on, NoticeMethod how, String recordedBy,
            LocalDateTime recordedAt) {
        this.noticeId = noticeId;
        this.noticeVersionId = noticeVersionId;
        this.givenOn = on;
        this.method = how;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** N2: the first communication with the person or disclosure of their data, and the day now due. */
    public void firstContact(LocalDate on, LocalDate dueOn, String recordedBy, LocalDateTime recordedAt) {
        this.firstContactOn = on;
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public boolean owed() {
        return givenOn == null;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long subjectId() {
        return subjectId;
    }

    public long noticeId() {
        return noticeId;
    }

    public Long noticeVersionId() {
        return noticeVersionId;
    }

    public boolean fromPerson() {
        return fromPerson;
    }

    public LocalDate obtainedOn() {
        return obtainedOn;
    }

    public String source() {
        return source;
    }

    public LocalDate firstContactOn() {
        return firstContactOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public NoticeMethod method() {
        return method;
    }

    public String context() {
        return context;
    }

    public Long recordId() {
        return recordId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
