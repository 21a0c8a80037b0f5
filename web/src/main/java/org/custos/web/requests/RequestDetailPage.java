package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.RefusalGround;
import org.custos.protection.rights.api.OutcomeView;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestActions;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A rights request: what was asked, its clock (D2) and, for the DPM, its actions grouped by stage, each with its own
 * fields and shown only while it applies: the identity check (or why no check is needed, D1); stopping and
 * restarting the clock, the extension and its notice; acting on erasure, restriction and objection; the day the
 * response went, a fee, a refusal with its letter. A step refused until the identity is confirmed
 * says so in the page's messages. The response itself is {@link ResponseReviewSection}'s.
 */
@Named
@ViewScoped
public class RequestDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RightsRequests requests;

    @EJB
    RequestActions actions;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private RequestView request;
    private List<OutcomeView> outcomes = List.of();
    private List<RecipientView> recipients = List.of();
    private LocalDate askedOn;
    private LocalDate verifiedOn;
    private LocalDate stoppedOn;
    private LocalDate arrivedOn;
    private LocalDate noticeOn;
    private LocalDate respondedOn;
    private LocalDate liftedOn;
    private LocalDate toldOn;
    private String noCheckReason;
    private ClockStop stopReason;
    private String extensionReason;
    private RefusalGround refusalGround;
    private String refusalReasons;
    private Integer feePence;
    private Long purposeId;
    private String compellingGrounds;
    private String feeReason;

    public void load() {
        if (id != null && request == null) {
            refresh();
        }
    }

    void refresh() {
        FacadeCall.attempt(() -> requests.request(id)).ifPresent(found -> request = found);
        if (currentUser.isDpm()) {
            outcomes = FacadeCall.attempt(() -> actions.outcomes(id)).orElse(List.of());
            recipients = FacadeCall.attempt(() -> actions.recipients(id)).orElse(List.of());
        }
    }

    private void changed(Supplier<RequestView> call, String message) {
        Optional<RequestView> result = FacadeCall.attempt(call);
        result.ifPresent(changed -> {
            request = changed;
            FacadeCall.info(message);
        });
    }

    private void acted(Supplier<List<OutcomeView>> call, String message) {
        FacadeCall.attempt(call).ifPresent(done -> {
            refresh();
            FacadeCall.info(message);
        });
    }

    public void moreInformation() {
        changed(() -> requests.identity(id, request.version(), IdentityCheck.MORE_INFORMATION_REQUESTED, askedOn),
                "More information was requested: the clock is stopped.");
    }

    public void verified() {
        changed(() -> requests.identity(id, request.version(), IdentityCheck.VERIFIED, verifiedOn),
                "The identity is verified.");
    }

    public void noCheckNeeded() {
        changed(() -> requests.identityCheckNotNeeded(id, request.version(), noCheckReason),
                "No check of the requester's identity is needed; the reason is kept with the request.");
    }

    public void stopClock() {
        changed(() -> requests.stopClock(id, request.version(), stopReason, stoppedOn), "The clock is stopped.");
    }

    public void restartClock() {
        ClockStop awaited = request.clock().stoppedFor();
        changed(() -> requests.restartClock(id, request.version(), arrivedOn), awaited != null && awaited.restarts()
                ? "It arrived: the month runs afresh from that day."
                : "It arrived: the clock runs again, and the days it was paused do not count.");
    }

    public void extend() {
        changed(() -> requests.extend(id, request.version(), extensionReason),
                "The request is extended: send the person the notice before the first month ends.");
    }

    public void noticeSent() {
        changed(() -> requests.extensionNoticeSent(id, request.version(), noticeOn), "The extension notice is recorded.");
    }

    public void refuse() {
        changed(() -> requests.refuse(id, request.version(), refusalGround, refusalReasons),
                "The request is refused; the letter is kept with it.");
    }

    public void fee() {
        changed(() -> requests.fee(id, request.version(), feePence, feeReason), "The fee is recorded.");
    }

    public void responded() {
        changed(() -> requests.responded(id, request.version(), respondedOn), "The request is answered and closed.");
    }

    public void erase() {
        acted(() -> actions.erase(id, request.version()), "Erased: each context's outcome is below.");
    }

    public void restrict() {
        acted(() -> actions.restrict(id, request.version()), "Restricted: the person's data is only stored now.");
    }

    public void liftRestriction() {
        acted(() -> actions.liftRestriction(id, request.version(), liftedOn), "The restriction is lifted.");
    }

    public void recipientTold(RecipientView recipient) {
        FacadeCall.attempt(() -> actions.recipientTold(id, recipient.id(), recipient.version(), toldOn))
                .ifPresent(listed -> {
                    recipients = listed;
                    FacadeCall.info(recipient.recipient() + " was told.");
                });
    }

    public void object() {
        FacadeCall.attempt(() -> actions.object(id, request.version(), purposeId, compellingGrounds))
                .ifPresent(stops -> FacadeCall.info(compellingGrounds == null || compellingGrounds.isBlank()
                        ? "The purpose is stopped for this person." : "The objection is kept with the grounds."));
    }

    public void consentWithdrawn() {
        FacadeCall.attempt(() -> actions.consentWithdrawn(id, request.version(), purposeId))
                .ifPresent(stops -> FacadeCall.info("Their consent is withdrawn on the consent ledger from the day"
                        + " the request was received, and the consented purpose has ended for them from that day."));
    }

    public void stopDirectMarketing() {
        changed(() -> actions.stopDirectMarketing(id, request.version()),
                "The person is marked do not contact for marketing.");
    }

    public StreamedContent file(PackFile.Format format) {
        return FacadeCall.attempt(() -> requests.packFile(id, format)).map(found -> DefaultStreamedContent.builder()
                .name(found.fileName()).contentType(found.mediaType())
                .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    /** What the clock may wait for here; identity has its own buttons, and only a representative shows authority. */
    public List<ClockStop> getStopReasons() {
        return request != null && request.representative() != null
                ? List.of(ClockStop.AUTHORITY, ClockStop.CLARIFICATION, ClockStop.FEE)
                : List.of(ClockStop.CLARIFICATION, ClockStop.FEE);
    }

    public RefusalGround[] getRefusalGrounds() {
        return RefusalGround.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestView getRequest() {
        return request;
    }

    void setRequest(RequestView request) {
        this.request = request;
    }

    public List<OutcomeView> getOutcomes() {
        return outcomes;
    }

    public List<RecipientView> getRecipients() {
        return recipients;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public void setAskedOn(LocalDate askedOn) {
        this.askedOn = askedOn;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    public void setStoppedOn(LocalDate stoppedOn) {
        this.stoppedOn = stoppedOn;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public void setArrivedOn(LocalDate arrivedOn) {
        this.arrivedOn = arrivedOn;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public LocalDate getLiftedOn() {
        return liftedOn;
    }

    public void setLiftedOn(LocalDate liftedOn) {
        this.liftedOn = liftedOn;
    }

    public LocalDate getToldOn() {
        return toldOn;
    }

    public void setToldOn(LocalDate toldOn) {
        this.toldOn = toldOn;
    }

    public String getNoCheckReason() {
        return noCheckReason;
    }

    public void setNoCheckReason(String noCheckReason) {
        this.noCheckReason = noCheckReason;
    }

    public ClockStop getStopReason() {
        return stopReason;
    }

    public void setStopReason(ClockStop stopReason) {
        this.stopReason = stopReason;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public void setRefusalGround(RefusalGround refusalGround) {
        this.refusalGround = refusalGround;
    }

    public String getRefusalReasons() {
        return refusalReasons;
    }

    public void setRefusalReasons(String refusalReasons) {
        this.refusalReasons = refusalReasons;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public String getCompellingGrounds() {
        return compellingGrounds;
    }

    public void setCompellingGrounds(String compellingGrounds) {
        this.compellingGrounds = compellingGrounds;
    }

    public Integer getFeePence() {
        return feePence;
    }

    public void setFeePence(Integer feePence) {
        this.feePence = feePence;
    }

    public String getFeeReason() {
        return feeReason;
    }

    public void setFeeReason(String feeReason) {
        this.feeReason = feeReason;
    }
}
