package org.custos.web.protection;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditEntryView;
import org.custos.security.api.AuditQuery;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.ChainVerification;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The DPM's audit viewer: entries newest first, filtered by person, actor, action and dates; chain check. */
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

    private final LazyDataModel<AuditEntryView> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return getRowCount();
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            var page = audit.search(new AuditQuery(subjectId, actor, action, from, to, first, pageSize));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(AuditEntryView entry) {
            return Long.toString(entry.position());
        }

        @Override
        public AuditEntryView getRowData(String rowKey) {
            return null;
        }
    };

    public void verify() {
        FacadeCall.attempt(() -> audit.verifyChain()).ifPresent(result -> verification = result);
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
