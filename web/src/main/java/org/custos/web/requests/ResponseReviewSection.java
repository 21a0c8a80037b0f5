package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.RecordTypes;
import org.custos.domain.shared.ReviewDecision;
import org.custos.protection.rights.api.CompileProgress;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewForm;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.ItemField;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The DPM's response to an access or portability request (D3): compiling with progress, the review of each item
 * (disclose, redact with the other people's names removed as suggested, withhold with a ground, out of scope), an
 * agreed narrower scope, and producing the pack. The items are shown as text and one of them at a time is open in
 * the editor, so a review of many items stays light to render; what was typed for an item is kept until it is
 * decided, also when a decision is refused or another item is opened. The progress poll reads only the compile
 * state, and the whole request once compiling is done.
 */
@Named
@ViewScoped
public class ResponseReviewSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ResponseCompilation compilation;

    @Inject
    RequestDetailPage page;

    @Inject
    CurrentUser currentUser;

    private List<ReviewItemView> items = List.of();
    private final Map<Long, Draft> drafts = new HashMap<>();
    private String agreedScope;
    private CompileProgress polled;
    private Long editing;

    /** What the DPM is deciding for one item. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private ReviewDecision decision;
        private final List<String> values;
        private String ground;

        Draft(ReviewItemView item) {
            decision = item.decision();
            List<ItemField> shown = item.decision() == ReviewDecision.REDACT ? item.redactedFields()
                    : item.suggestedRedaction();
            values = new ArrayList<>(shown.stream().map(ItemField::value).toList());
            ground = item.exemptionGround();
        }

        public ReviewDecision getDecision() {
            return decision;
        }

        public void setDecision(ReviewDecision decision) {
            this.decision = decision;
        }

        public List<String> getValues() {
            return values;
        }

        public String getGround() {
            return ground;
        }

        public void setGround(String ground) {
            this.ground = ground;
        }
    }

    public void load() {
        if (currentUser.isDpm() && page.getRequest() != null
                && page.getRequest().compileState() == CompileState.DONE) {
            items = FacadeCall.attempt(() -> compilation.items(page.getId())).orElse(List.of());
            drafts.clear();
            items.forEach(item -> drafts.put(item.id(), new Draft(item)));
            editing = null;
        }
    }

    public void compile() {
        FacadeCall.attempt(() -> compilation.compile(page.getId(), page.getRequest().version()))
                .ifPresent(started -> {
                    page.setRequest(started);
                    polled = null;
                    items = List.of();
                    load();
                });
    }

    /** Polled while compiling: the progress; once done, the request and the items. */
    public void progress() {
        FacadeCall.attempt(() -> compilation.progress(page.getId())).ifPresent(read -> {
            polled = read;
            if (read.state() != CompileState.RUNNING) {
                page.refresh();
                polled = null;
                load();
            }
        });
    }

    /** The compile state: as last polled while compiling, else as the request shows it. */
    public CompileProgress getProgress() {
        return polled != null ? polled : page.getRequest() == null ? null : CompileProgress.of(page.getRequest());
    }

    public boolean isCompiling() {
        CompileProgress progress = getProgress();
        return progress != null && progress.state() == CompileState.RUNNING;
    }

    /** Opens the item in the editor, closing the one open before (what was typed in it is kept). */
    public void edit(ReviewItemView item) {
        editing = item.id();
    }

    /** Closes the editor, leaving the item as it was decided. */
    public void cancel(ReviewItemView item) {
        drafts.put(item.id(), new Draft(item));
        editing = null;
    }

    public boolean isEditing(ReviewItemView item) {
        return editing != null && editing == item.id();
    }

    public void decide(ReviewItemView item) {
        Draft draft = drafts.get(item.id());
        FacadeCall.attempt(() -> compilation.decide(page.getId(), item.id(), item.version(),
                new ReviewForm(draft.getDecision(), draft.getValues(), draft.getGround()))).ifPresent(decided -> {
                    items = items.stream().map(old -> old.id() == decided.id() ? decided : old).toList();
                    drafts.put(decided.id(), new Draft(decided));
                    editing = null;
                    FacadeCall.info("Decided: " + RecordTypes.named(decided.recordType(), decided.recordId()) + ".");
                });
    }

    public void narrowScope() {
        FacadeCall.attempt(() -> compilation.narrowScope(page.getId(), page.getRequest().version(), agreedScope))
                .ifPresent(narrowed -> {
                    page.setRequest(narrowed);
                    FacadeCall.info("The agreed scope is recorded.");
                });
    }

    public void producePack() {
        FacadeCall.attempt(() -> compilation.producePack(page.getId(), page.getRequest().version()))
                .ifPresent(produced -> {
                    page.setRequest(produced);
                    FacadeCall.info("The response pack is ready and kept with the request.");
                });
    }

    public ReviewDecision[] getDecisions() {
        return ReviewDecision.values();
    }

    public List<ReviewItemView> getItems() {
        return items;
    }

    public Map<Long, Draft> getDrafts() {
        return drafts;
    }

    public String getAgreedScope() {
        return agreedScope;
    }

    public void setAgreedScope(String agreedScope) {
        this.agreedScope = agreedScope;
    }
}
