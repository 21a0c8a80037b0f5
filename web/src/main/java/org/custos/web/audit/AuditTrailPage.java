package org.custos.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ChainVerification;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LazyPages;
import org.primefaces.model.LazyDataModel;

/**
 * The DPM's audit viewer: entries newest first, filtered by person (their own entries and the searches and lists
 * that showed them), actor, action and dates; chain check.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    private Long subjectId;
    private String actor;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private ChainVerification verification;

    private final LazyPages<AuditEntryView> entries = new LazyPages<>(
            (first, pageSize, sort) -> audit.search(new AuditQuery(subjectId, actor, action, from, to, first,
                    pageSize)),
            entry -> Long.toString(entry.position()));

    public void verify() {
        FacadeCall.attempt(() -> audit.verifyChain()).ifPresent(result -> verification = result);
    }

    public void verifyNewEntries() {
        FacadeCall.attempt(() -> audit.verifyNewEntries()).ifPresent(result -> verification = result);
    }

    /** The references of the people a search or list showed, e.g. "1050, 1051". */
    public String peopleShown(AuditEntryView entry) {
        return entry.shownSubjectIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
