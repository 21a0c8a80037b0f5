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
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;

/**
 * A rights request (D1-D7): who asked what, how and when; the identity check, or why none is needed; the extension
 * with its reason and the notice to the person; a refusal with its reasons; a fee; the compiling of the response;
 * the day it was answered. Its clock's stops are {@link RequestPause}s.
 */
@Entity
@Table(name = "prot_rights_request")
@SequenceGenerator(name = "prot_request_seq", sequenceName = "prot_request_seq", allocationSize = 50)
public class RightsRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestChannel channel;

    private String representative;

    @Column(nullable = false)
    private String asked;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentityCheck identity = IdentityCheck.NOT_CHECKED;

    @Column(name = "identity_verified_on")
    private LocalDate identityVerifiedOn;

    @Column(name = "no_check_reason")
    private String noCheckReason;

    @Column(name = "no_check_recorded_by")
    private String noCheckRecordedBy;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Column(name = "extension_notice_on")
    private LocalDate extensionNoticeOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    private RefusalGround refusalGround;

    @Column(name = "refusal_reasons")
    private String refusalReasons;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    @Column(name = "fee_pence")
    private Integer feePence;

    @Column(name = "fee_reason")
    private String feeReason;

    @Column(name = "scope_note")
    private String scopeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "compile_state", nullable = false)
    private CompileState compileState = CompileState.NOT_STARTED;

    @Column(name = "compiled_contexts", nullable = false)
    private int compiledContexts;

    @Column(name = "total_contexts", nullable = false)
    private int totalContexts;

    @Column(name = "compile_started_by")
    private String compileStartedBy;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected RightsRequest() {
    }

    public RightsRequest(long subjectId, RequestType type, RequestChannel channel, String representative,
            String asked, LocalDate receivedOn, String createdBy, LocalDateTime createdAt) {
        this.subjectId = subjectId;
        this.type = type;
        this.channel = channel;
        this.representative = representative;
        this.asked = asked;
        this.receivedOn = receivedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void identity(IdentityCheck check, LocalDate verifiedOn) {
        this.identity = check;
        this.identityVerifiedOn = verifiedOn;
        this.noCheckReason = null;
        this.noCheckRecordedBy = null;
    }

    /** D1: no check of the requester's identity is needed, for the reason the DPM recorded on that day. */
    public void noIdentityCheckNeeded(String reason, LocalDate on, String recordedBy) {
        this.identity = IdentityCheck.NOT_NEEDED;
        this.identityVerifiedOn = on;
        this.noCheckReason = reason;
        this.noCheckRecordedBy = recordedBy;
    }

    public void extend(String reason, LocalDate on) {
        this.extensionReason = reason;
        this.extendedOn = on;
    }

    public void extensionNoticeSent(LocalDate on) {
        this.extensionNoticeOn = on;
    }

    public void refuse(RefusalGround ground, String reasons, LocalDate on) {
        this.refusalGround = ground;
        this.refusalReasons = reasons;
        this.refusedOn = on;
    }

    public void fee(Integer pence, String reason) {
        this.feePence = pence;
        this.feeReason = reason;
    }

    public void narrowScope(String note) {
        this.scopeNote = note;
    }

    public void compiling(int contexts, String startedBy) {
        this.compileStartedBy = startedBy;
        this.compileState = CompileState.RUNNING;
        this.compiledContexts = 0;
        this.totalContexts = contexts;
    }

    public void compiledOne() {
        this.compiledContexts++;
        if (compiledContexts >= totalContexts) {
            this.compileState = CompileState.DONE;
        }
    }

    public void responded(LocalDate on) {
        this.respondedOn = on;
    }

    /**
     * Erasure (D5, R6): every free text of the request, each of which may name the person, becomes {@code marker};
     * returns what was removed, for the evidence. Types, dates and states stay.
     */
    public List<RemovedCopy> removeTexts(String marker) {
        List<RemovedCopy> removed = new ArrayList<>();
        representative = RemovedCopy.replaced("representative", representative, marker, removed);
        asked = RemovedCopy.replaced("asked", asked, marker, removed);
        noCheckReason = RemovedCopy.replaced("no_check_reason", noCheckReason, marker, removed);
        extensionReason = RemovedCopy.replaced("extension_reason", extensionReason, marker, removed);
        refusalReasons = RemovedCopy.replaced("refusal_reasons", refusalReasons, marker, removed);
        feeReason = RemovedCopy.replaced("fee_reason", feeReason, marker, removed);
        scopeNote = RemovedCopy.replaced("scope_note", scopeNote, marker, removed);
        return removed;
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

    public RequestType type() {
        return type;
    }

    public RequestChannel channel() {
        return channel;
    }

    public String representative() {
        return representative;
    }

    public String asked() {
        return asked;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public IdentityCheck identity() {
        return identity;
    }

    /** The day the identity was verified, or the DPM recorded that no check is needed. */
    public LocalDate identityVerifiedOn() {
        return identityVerifiedOn;
    }

    public String noCheckReason() {
        return noCheckReason;
    }

    public String noCheckRecordedBy() {
        return noCheckRecordedBy;
    }

    public String extensionReason() {
        return extensionReason;
    }

    public LocalDate extendedOn() {
        return extendedOn;
    }

    public LocalDate extensionNoticeOn() {
        return extensionNoticeOn;
    }

    public RefusalGround refusalGround() {
        return refusalGround;
    }

    public String refusalReasons() {
        return refusalReasons;
    }

    public LocalDate refusedOn() {
        return refusedOn;
    }

    public Integer feePence() {
        return feePence;
    }

    public String feeReason() {
        return feeReason;
    }

    public String scopeNote() {
        return scopeNote;
    }

    public CompileState compileState() {
        return compileState;
    }

    public int compiledContexts() {
        return compiledContexts;
    }

    /** Who started the latest compile (null for compiles started before it was recorded). */
    public String compileStartedBy() {
        return compileStartedBy;
    }

    public int totalContexts() {
        return totalContexts;
    }

    public LocalDate respondedOn() {
        return respondedOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    /** Open until answered or refused. */
    public boolean open() {
        return respondedOn == null && refusedOn == null;
    }
}
