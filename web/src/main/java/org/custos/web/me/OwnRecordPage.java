package org.custos.web.me;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.staff.api.OwnRecord;
import org.custos.staff.api.OwnRecordView;
import org.custos.staff.api.OwnRecordView.OwnDetail;
import org.custos.web.shell.FacadeCall;

/**
 * A member of staff's own record (A1): their file (the latest, or the one the link names, if theirs), their details,
 * and the form to report a change to one of them, which waits for HR; what HR decided is listed below it. The groups
 * of details due for a check (A1) are asked about first: confirmed as still right with one button, or changed
 * through the same report.
 */
@Named
@ViewScoped
public class OwnRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OwnRecord ownRecord;

    private Long id;
    private OwnRecordView record;
    private String detail;
    private String value;

    public void load() {
        if (record == null) {
            FacadeCall.attempt(() -> id == null ? ownRecord.mine() : ownRecord.file(id))
                    .ifPresent(found -> record = found);
        }
    }

    public String report() {
        Optional<OwnDetail> chosen = record.details().stream().filter(shown -> shown.key().equals(detail))
                .findFirst();
        if (chosen.isEmpty()) {
            FacadeCall.error("Choose the detail to change.");
            return null;
        }
        return FacadeCall.attempt(() -> ownRecord.reportChange(record.file().id(), chosen.get().changedTo(value)))
                .map(reported -> {
                    FacadeCall.info("Your change to " + reported.field() + " is reported: HR will apply it or tell"
                            + " you why not.");
                    return "/me/record.xhtml?faces-redirect=true&id=" + record.file().id();
                }).orElse(null);
    }

    /** Confirms the group as still right (A1); the prompt goes until the group is due again. */
    public String confirm(AccuracyGroup group) {
        return FacadeCall.attempt(() -> ownRecord.confirm(record.file().id(), group)).map(confirmed -> {
            FacadeCall.info("Thank you: your " + group.label() + " are confirmed as still right.");
            return "/me/record.xhtml?faces-redirect=true&id=" + record.file().id();
        }).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OwnRecordView getRecord() {
        return record;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
