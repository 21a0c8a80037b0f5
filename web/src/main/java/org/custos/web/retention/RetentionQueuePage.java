package org.custos.web.retention;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.retention.api.CarryingOut;
import org.custos.protection.retention.api.DecisionOutcome;
import org.custos.protection.retention.api.ExtensionForm;
import org.custos.protection.retention.api.ExtensionReason;
import org.custos.protection.retention.api.ItemState;
import org.custos.protection.retention.api.QueueFilter;
import org.custos.protection.retention.api.QueueRow;
import org.custos.protection.retention.api.RetentionAction;
import org.custos.protection.retention.api.RetentionReview;
import org.custos.protection.retention.api.RuleGroup;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;

/**
 * The review queue (R6): filters, the waiting items counted per context and rule, a lazy table with a checkbox per
 * item, one dialog for the bulk decision (destroy, keep a summary, anonymise, or extend with a reason and a day)
 * that stays open with its message on bad input, and the progress of the carrying out, polled while it runs. Only
 * for those who review: anyone else is sent to the "not allowed" page, recorded.
 */
@Named
@ViewScoped
public class RetentionQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "queue:items";

    /** What the dialog decides: a disposal, or an extension. */
    public enum Choice {
        DESTROY("Destroy"), SUMMARISE("Keep a summary"), ANONYMISE("Anonymise"), EXTEND("Extend the period");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @EJB
    RetentionReview review;

    private String context;
    private String rule;
    private ItemState state;
    private LocalDate dueBefore;

    private final Map<Long, Boolean> chosen = new HashMap<>();

    private Choice choice = Choice.DESTROY;
    private ExtensionReason reason;
    private LocalDate until;
    private String note;

    private final LazyPages<QueueRow> rows = new LazyPages<>(
            (first, pageSize, sort) -> review.queue(new QueueFilter(context, rule, state, dueBefore), first,
                    pageSize),
            row -> Long.toString(row.itemId()));

    private List<RuleGroup> groups;
    private CarryingOut progress;

    /**
     * Opens the queue for those who review records due; anyone else (HR where the configuration does not let HR
     * review) is refused before any item is read, recorded naming the page (X2).
     */
    public String load() {
        return review.reviewsAny() ? null
                : FacadeCall.refusedPage("the Data Protection Manager reviews the records due for retention");
    }

    /** A new filter starts on the first page, with nothing chosen. */
    public void find() {
        chosen.clear();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Shows the items of one group. */
    public void show(String groupContext, String groupRule) {
        context = groupContext;
        rule = groupRule;
        find();
    }

    /** Carries out the choice on the items chosen; the dialog stays open with its message when it is refused. */
    public void decide() {
        List<Long> items = chosenItems();
        if (items.isEmpty()) {
            FacadeCall.error("Choose at least one item.");
            return;
        }
        if (choice == Choice.EXTEND) {
            FacadeCall.attempt(() -> review.extend(items, new ExtensionForm(reason, until, note)))
                    .ifPresent(done -> decided(done, "kept until " + OrganisationTime.DAY.format(until)));
        } else {
            RetentionAction action = RetentionAction.valueOf(choice.name());
            FacadeCall.attempt(() -> review.decide(items, action))
                    .ifPresent(done -> decided(done, "decided (" + action.label().toLowerCase(Locale.ROOT)
                            + ") and being carried out"));
        }
    }

    private void decided(DecisionOutcome outcome, String what) {
        for (String refusal : outcome.refused()) {
            FacadeCall.error("Not decided: " + refusal);
        }
        if (outcome.decided() > 0) {
            FacadeCall.info(outcome.decided() + (outcome.decided() == 1 ? " item " : " items ") + what + ".");
        }
        if (outcome.refused().isEmpty()) {
            chosen.clear();
            groups = null;
            progress = null;
            note = null;
        }
    }

    /** Carries out the decisions left waiting (after a restart). */
    public void resume() {
        FacadeCall.attempt(() -> review.resume()).ifPresent(now -> progress = now);
    }

    /** Reads the progress again, for the poll. */
    public void refresh() {
        progress = null;
        groups = null;
    }

    private List<Long> chosenItems() {
        List<Long> items = new ArrayList<>();
        chosen.forEach((item, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                items.add(item);
            }
        });
        return items;
    }

    public LazyPages<QueueRow> getRows() {
        return rows;
    }

    public List<RuleGroup> getGroups() {
        if (groups == null) {
            groups = FacadeCall.attemptToShow(review::groups).orElse(List.of());
        }
        return groups;
    }

    public CarryingOut getProgress() {
        if (progress == null) {
            progress = FacadeCall.attemptToShow(review::carryingOut).orElse(new CarryingOut(0, 0, 0));
        }
        return progress;
    }

    public ItemState[] getStates() {
        return ItemState.values();
    }

    public Choice[] getChoices() {
        return Choice.values();
    }

    public ExtensionReason[] getReasons() {
        return ExtensionReason.values();
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public ItemState getState() {
        return state;
    }

    public void setState(ItemState state) {
        this.state = state;
    }

    public LocalDate getDueBefore() {
        return dueBefore;
    }

    public void setDueBefore(LocalDate dueBefore) {
        this.dueBefore = dueBefore;
    }

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }

    public ExtensionReason getReason() {
        return reason;
    }

    public void setReason(ExtensionReason reason) {
        this.reason = reason;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
