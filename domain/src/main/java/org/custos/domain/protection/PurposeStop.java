package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.custos.domain.shared.OrganisationTime;

/**
 * A purpose stopped for one person from a day on (D7, L2): by an objection to its legitimate-interest use, or by
 * the withdrawal of consent. An objection outweighed by compelling grounds is kept with them, and stops nothing.
 */
@Entity
@Table(name = "prot_purpose_stop")
@NamedQuery(name = PurposeStop.IN_FORCE, query = "select s from PurposeStop s where s.subjectId = :subject"
        + " and s.purposeId = :purpose and s.compellingGrounds is null")
public class PurposeStop {

    /** The stops of one purpose (parameter {@code purpose}) for one person ({@code subject}) that stop it. */
    public static final String IN_FORCE = "PurposeStop.inForce";

    /** Why the purpose stops. */
    public enum Reason { OBJECTION, CONSENT_WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "purpose_id", nullable = false)
    private long purposeId;

    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    @Column(nullable = false)
    private LocalDate since;

    @Column(name = "compelling_grounds")
    private String compellingGrounds;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected PurposeStop() {
    }

    public PurposeStop(long subjectId, long purposeId, Long requestId, Reason reason, LocalDate since,
            String compellingGrounds, String recordedBy, LocalDateTime recordedAt) {
        this.subjectId = subjectId;
        this.purposeId = purposeId;
        this.requestId = requestId;
        this.reason = reason;
        this.since = since;
        this.compellingGrounds = compellingGrounds;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long subjectId() {
        return subjectId;
    }

    public long purposeId() {
        return purposeId;
    }

    /** The rights request that stopped it, or null for a withdrawal recorded on the consent ledger. */
    public Long requestId() {
        return requestId;
    }

    public Reason reason() {
        return reason;
    }

    public LocalDate since() {
        return since;
    }

    public String compellingGrounds() {
        return compellingGrounds;
    }

    /** Why a use of the person's data for the purpose is refused (D7, L2). */
    public String refusal(String purposeName) {
        return "This person's data is no longer used for " + purposeName + ": " + (reason == Reason.OBJECTION
                ? "they objected" : "they withdrew their consent") + " on " + OrganisationTime.DAY.format(since) + ".";
    }

    /** In force unless compelling grounds outweigh the objection. */
    public boolean stops() {
        return compellingGrounds == null;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
