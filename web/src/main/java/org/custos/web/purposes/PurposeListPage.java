package org.custos.web.purposes;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.relationships.api.Transfers;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The purposes and their lawful bases: everyone reads, the DPM edits (L1, L3); each with its transfers outside the
 * UK, from the processor register and as the purpose states them.
 */
@Named
@ViewScoped
public class PurposeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Purposes purposes;

    @EJB
    Transfers registeredTransfers;

    @Inject
    CurrentUser user;

    private List<PurposeView> all;
    private Map<Long, List<String>> registered = Map.of();

    private Long id;
    private long version;
    private String name;
    private String description;
    private LawfulBasis lawfulBasis;
    private String legitimateInterest;
    private String necessity;
    private String balance;
    private SpecialCategoryCondition condition;
    private LocalDate reviewDate;
    private String transfers;
    private String automatedDecisions;
    private String context;

    @PostConstruct
    void load() {
        all = purposes.purposes();
        if (user.isHr() || user.isDpm()) {
            registered = FacadeCall.attemptToShow(() -> registeredTransfers.byPurpose()).orElse(Map.of());
        }
    }

    /**
     * A purpose's transfers outside the UK: the countries and safeguards of the processors serving it, from the
     * processor register (for HR and the DPM, who keep it), then what the purpose itself states.
     */
    public List<String> transfersOf(PurposeView purpose) {
        List<String> lines = new ArrayList<>(registered.getOrDefault(purpose.id(), List.of()));
        if (purpose.definition().transfers() != null) {
            lines.add(purpose.definition().transfers());
        }
        return lines;
    }

    public void prepareNew() {
        edit(null);
    }

    public void edit(PurposeView purpose) {
        PurposeForm form = purpose == null ? null : purpose.definition();
        id = form == null ? null : form.id();
        version = form == null ? 0 : form.version();
        name = form == null ? null : form.name();
        description = form == null ? null : form.description();
        lawfulBasis = form == null ? null : form.lawfulBasis();
        legitimateInterest = form == null ? null : form.legitimateInterest();
        necessity = form == null ? null : form.necessity();
        balance = form == null ? null : form.balance();
        condition = form == null ? null : form.specialCategoryCondition();
        reviewDate = form == null ? null : form.reviewDate();
        transfers = form == null ? null : form.transfers();
        automatedDecisions = form == null ? null : form.automatedDecisions();
        context = form == null ? null : form.context();
    }

    public void save() {
        FacadeCall.attempt(() -> purposes.save(new PurposeForm(id, version, name, description, lawfulBasis,
                legitimateInterest, necessity, balance, condition, reviewDate, transfers, automatedDecisions,
                context)))
                .ifPresent(saved -> {
                    FacadeCall.info("Purpose " + saved.definition().name() + " saved.");
                    load();
                });
    }

    public boolean isLegitimateInterests() {
        return lawfulBasis == LawfulBasis.LEGITIMATE_INTERESTS;
    }

    public LawfulBasis[] getBases() {
        return LawfulBasis.values();
    }

    public SpecialCategoryCondition[] getConditions() {
        return SpecialCategoryCondition.values();
    }

    public List<PurposeView> getAll() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(LawfulBasis lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getLegitimateInterest() {
        return legitimateInterest;
    }

    public void setLegitimateInterest(String legitimateInterest) {
        this.legitimateInterest = legitimateInterest;
    }

    public String getNecessity() {
        return necessity;
    }

    public void setNecessity(String necessity) {
        this.necessity = necessity;
    }

    public String getBalance() {
        return balance;
    }

    public void setBalance(String balance) {
        this.balance = balance;
    }

    public SpecialCategoryCondition getCondition() {
        return condition;
    }

    public void setCondition(SpecialCategoryCondition condition) {
        this.condition = condition;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getTransfers() {
        return transfers;
    }

    public void setTransfers(String transfers) {
        this.transfers = transfers;
    }

    public String getAutomatedDecisions() {
        return automatedDecisions;
    }

    public void setAutomatedDecisions(String automatedDecisions) {
        this.automatedDecisions = automatedDecisions;
    }

    /** The contexts a purpose may serve, each with the categories of people whose records are there. */
    public Map<String, String> getContexts() {
        Map<String, String> contexts = new LinkedHashMap<>();
        for (String known : SubjectCategory.contexts()) {
            contexts.put(known, DataContext.labelOf(known) + " (" + Arrays.stream(SubjectCategory.values())
                    .filter(category -> category.context().key().equals(known)).map(SubjectCategory::label)
                    .collect(Collectors.joining(", ")) + ")");
        }
        return contexts;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }
}
