package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.CorrectionState;
import org.custos.domain.shared.RequestType;
import org.custos.protection.rights.api.CorrectionForm;
import org.custos.protection.rights.api.CorrectionView;
import org.custos.protection.rights.api.Rectifications;
import org.custos.protection.rights.api.CorrectableFieldView;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The DPM's corrections for a rectification request (D5): a field chosen from what every context lists as
 * correctable, the corrected value (or the person's statement, for an opinion), then making them all, each context
 * in its own transaction; the outcomes and the recipients to tell are {@link RequestDetailPage}'s.
 */
@Named
@ViewScoped
public class RequestCorrectionsSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Rectifications rectifications;

    @Inject
    RequestDetailPage page;

    @Inject
    CurrentUser currentUser;

    private List<CorrectableFieldView> fields = List.of();
    private List<CorrectionView> corrections = List.of();
    private Integer chosen;
    private String value;

    public void load() {
        if (currentUser.isDpm() && page.getRequest() != null
                && page.getRequest().type() == RequestType.RECTIFICATION) {
            fields = FacadeCall.attempt(() -> rectifications.correctable(page.getId())).orElse(List.of());
            corrections = FacadeCall.attempt(() -> rectifications.corrections(page.getId())).orElse(List.of());
        }
    }

    public void add() {
        CorrectableFieldView field = chosen == null ? null : fields.get(chosen);
        CorrectionForm form = field == null ? new CorrectionForm(null, null, null, null, value)
                : new CorrectionForm(field.context(), field.recordType(), field.recordId(), field.field(), value);
        FacadeCall.attempt(() -> rectifications.add(page.getId(), form)).ifPresent(added -> {
            corrections = added;
            chosen = null;
            value = null;
            FacadeCall.info("The correction is added: make the corrections when the list is complete.");
        });
    }

    public void remove(CorrectionView correction) {
        FacadeCall.attempt(() -> rectifications.remove(page.getId(), correction.id(), correction.version()))
                .ifPresent(left -> corrections = left);
    }

    public void rectify() {
        FacadeCall.attempt(() -> rectifications.rectify(page.getId(), page.getRequest().version()))
                .ifPresent(outcomes -> {
                    page.refresh();
                    load();
                    FacadeCall.info("The corrections were made where they could be: see each context's outcome, "
                            + "and tell each recipient below.");
                });
    }

    /** The current value of the chosen field, to correct from. */
    public CorrectableFieldView getChosenField() {
        return chosen == null ? null : fields.get(chosen);
    }

    public boolean isAnyToMake() {
        return corrections.stream().anyMatch(correction -> correction.state() == CorrectionState.PENDING);
    }

    public List<CorrectableFieldView> getFields() {
        return fields;
    }

    public List<CorrectionView> getCorrections() {
        return corrections;
    }

    public Integer getChosen() {
        return chosen;
    }

    public void setChosen(Integer chosen) {
        this.chosen = chosen;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
