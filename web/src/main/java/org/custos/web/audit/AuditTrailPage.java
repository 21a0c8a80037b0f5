package org.custos.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.RecordTypes;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditExport;
import org.custos.security.api.AuditFilter;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ChainVerification;
import org.custos.web.shell.AuditWords;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LazyPages;
import org.custos.web.shell.LocalDateConverter;
import org.custos.web.shell.LocalDateTimeConverter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The DPM's audit viewer: entries newest first, in words, filtered by person (their own entries and the searches
 * and lists that showed them), actor, action, record and dates; the filter exported to CSV and PDF (each export
 * audited by the facade); chain check.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail audit;

    @Inject
    AuditWords words;

    @Inject
    CurrentUser user;

    private Long subjectId;
    private String actor;
    private AuditAction action;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;
    private ChainVerification verification;

    private final LazyPages<AuditEntryView> entries = new LazyPages<>(
            (first, pageSize, sort) -> audit.search(new AuditQuery(filter(), first, pageSize)),
            entry -> Long.toString(entry.position()));

    private AuditFilter filter() {
        return new AuditFilter(subjectId, actor, action, recordType, recordId, from, to);
    }

    public void verify() {
        FacadeCall.attempt(() -> audit.verifyChain()).ifPresent(result -> verification = result);
    }

    public void verifyNewEntries() {
        FacadeCall.attempt(() -> audit.verifyNewEntries()).ifPresent(result -> verification = result);
    }

    public String peopleShown(AuditEntryView entry) {
        return AuditTrailColumns.peopleShown(entry);
    }

    /** The entries the filter matches as a CSV file, or nothing (with a message) when refused. */
    public StreamedContent getCsv() {
        return FacadeCall.attempt(() -> audit.export(filter(), AuditExport.Format.CSV))
                .map(export -> file("audit-trail.csv", "text/csv; charset=UTF-8", AuditTrailCsv.of(export, words)))
                .orElse(null);
    }

    /** The entries the filter matches as a PDF file, or nothing (with a message) when refused. */
    public StreamedContent getPdf() {
        return FacadeCall.attempt(() -> audit.export(filter(), AuditExport.Format.PDF))
                .map(export -> file("audit-trail.pdf", "application/pdf",
                        AuditTrailPdf.of(export, words, heading())))
                .orElse(null);
    }

    private static StreamedContent file(String name, String type, byte[] content) {
        return DefaultStreamedContent.builder().name(name).contentType(type)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** What a PDF holds and who exported it when: "Entries about person 1050. Exported by Dana Price on ...". */
    String heading() {
        List<String> filters = new ArrayList<>();
        if (subjectId != null) {
            filters.add("about person " + subjectId);
        }
        if (actor != null && !actor.isBlank()) {
            filters.add("by " + actor.trim());
        }
        if (action != null) {
            filters.add("of the action \"" + action.label() + "\"");
        }
        if (recordType != null && !recordType.isBlank()) {
            filters.add("on " + RecordTypes.named(recordType, recordId == null ? null : recordId.trim()));
        } else if (recordId != null && !recordId.isBlank()) {
            filters.add("on records with the reference " + recordId.trim());
        }
        if (from != null) {
            filters.add("from " + LocalDateConverter.shown(from));
        }
        if (to != null) {
            filters.add("to " + LocalDateConverter.shown(to));
        }
        return (filters.isEmpty() ? "All entries" : "Entries " + String.join(", ", filters)) + ". Exported by "
                + user.getDisplayName() + " on " + LocalDateTimeConverter.shown(LocalDateTime.now(
                        OrganisationTime.ZONE)) + ".";
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
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

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
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
