package org.custos.web.breaches;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.custos.protection.breaches.api.BreachDecisionForm;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.BreachView;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * What happens to a logged breach (X5): the decision whether to report it to the ICO, the report, telling the
 * people affected, closing it, and its report as a PDF. Each change quotes the version the page showed.
 */
@Named
@ViewScoped
public class BreachProgressSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Breaches breaches;

    @Inject
    BreachEditPage edit;

    private Boolean notifyIco;
    private String decisionReasons;
    private LocalDateTime reportedAt;
    private String icoReference;
    private String lateReason;
    private LocalDateTime toldAt;
    private String toldHow;
    private String notToldReason;
    private boolean filled;

    /** Takes what is already recorded from the breach the page shows (after {@link BreachEditPage#load()}), once. */
    public void load() {
        BreachView breach = edit.getBreach();
        if (breach == null || filled) {
            return;
        }
        filled = true;
        if (breach.decision() != null) {
            notifyIco = breach.decision().notifyIco();
            decisionReasons = breach.decision().reasons();
        }
        if (breach.report() != null) {
            reportedAt = breach.report().reportedAt();
            icoReference = breach.report().icoReference();
            lateReason = breach.report().lateReason();
        }
        if (breach.peopleTold() != null) {
            toldAt = breach.peopleTold().toldAt();
            toldHow = breach.peopleTold().how();
            notToldReason = breach.peopleTold().notToldReason();
        }
    }

    private BreachView breach() {
        return edit.getBreach();
    }

    public String recordDecision() {
        if (notifyIco == null) {
            FacadeCall.error("Choose whether to report the breach to the ICO.");
            return null;
        }
        return change(() -> breaches.recordDecision(breach().id(), breach().version(),
                new BreachDecisionForm(notifyIco, decisionReasons)), "The decision was recorded.");
    }

    public String recordReport() {
        return change(() -> breaches.recordReport(breach().id(), breach().version(),
                new BreachReportForm(reportedAt, icoReference, lateReason)), "The report to the ICO was recorded.");
    }

    public String recordPeopleTold() {
        return change(() -> breaches.recordPeopleTold(breach().id(), breach().version(),
                new PeopleToldForm(toldAt, toldHow, notToldReason)), "Recorded.");
    }

    public String close() {
        return change(() -> breaches.close(breach().id(), breach().version()), "The breach was closed.");
    }

    private static String change(Supplier<BreachView> call, String done) {
        return FacadeCall.attempt(call).map(saved -> {
            FacadeCall.info(done);
            return BreachEditPage.pageOf(saved);
        }).orElse(null);
    }

    /** The breach report as a PDF, or nothing (with a message) when it was refused. */
    public StreamedContent getPdf() {
        long id = breach().id();
        return FacadeCall.attempt(() -> breaches.reportPdf(id)).map(pdf -> DefaultStreamedContent.builder()
                .name("breach-" + id + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build()).orElse(null);
    }

    public Boolean getNotifyIco() {
        return notifyIco;
    }

    public void setNotifyIco(Boolean notifyIco) {
        this.notifyIco = notifyIco;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public void setDecisionReasons(String decisionReasons) {
        this.decisionReasons = decisionReasons;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public String getIcoReference() {
        return icoReference;
    }

    public void setIcoReference(String icoReference) {
        this.icoReference = icoReference;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }

    public LocalDateTime getToldAt() {
        return toldAt;
    }

    public void setToldAt(LocalDateTime toldAt) {
        this.toldAt = toldAt;
    }

    public String getToldHow() {
        return toldHow;
    }

    public void setToldHow(String toldHow) {
        this.toldHow = toldHow;
    }

    public String getNotToldReason() {
        return notToldReason;
    }

    public void setNotToldReason(String notToldReason) {
        this.notToldReason = notToldReason;
    }
}
