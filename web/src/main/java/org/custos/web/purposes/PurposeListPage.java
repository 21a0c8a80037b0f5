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
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.Schedule1Condition;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.dpia.api.DpiaStanding;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.purposes.api.Article30Form;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.relationships.api.Transfers;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The purposes and their lawful bases: everyone reads, the DPM edits (L1, L3); each with its transfers outside the
 * UK, from the processor register and as the purpose states them; the Art 30 fields no record knows, with what of
 * them is missing, and for the DPM where each purpose's DPIA stands, flagged when one is needed and none is signed
 * off or its review is due.
 */
@Named
@ViewScoped
public class PurposeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Purposes purposes;

    @EJB
    Transfers registeredTransfers;

    @EJB
    Dpias dpias;

    @Inject
    CurrentUser user;

    private List<PurposeView> all;
    private Map<Long, List<String>> registered = Map.of();
    private Map<Long, DpiaStanding> standings = Map.of();

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

    private Long recordId;
    private long recordVersion;
    private String recordName;
    private String businessFunction;
    private String jointController;
    private String jointControllerContact;
    private String securityMeasures;
    private String dataLocation;
    private String retentionPolicyLink;
    private Schedule1Condition schedule1Condition;
    private String dataSource;

    @PostConstruct
    void load() {
        all = purposes.purposes();
        if (user.isHr() || user.isDpm()) {
            registered = FacadeCall.attemptToShow(() -> registeredTransfers.byPurpose()).orElse(Map.of());
        }
        if (user.isDpm()) {
            standings = FacadeCall.attemptToShow(dpias::standings).orElse(List.of()).stream()
                    .collect(Collectors.toMap(DpiaStanding::purposeId, standing -> standing));
        }
    }

    /** Where the purpose's DPIA stands (the DPM's), null for anyone else. */
    public DpiaStanding dpiaOf(PurposeView purpose) {
        return standings.get(purpose.id());
    }

    /** "Required, in progress": the screening's outcome, and the progress once the DPIA is started. */
    public String dpiaSummary(PurposeView purpose) {
        DpiaStanding standing = dpiaOf(purpose);
        if (standing == null) {
            return "";
        }
        String outcome = standing.outcome().status().label();
        return standing.progress() == DpiaProgress.NOT_STARTED ? outcome
                : outcome + ", " + standing.progress().label().toLowerCase(java.util.Locale.UK);
    }

    /** Opens the Art 30 fields of a purpose for the DPM to edit. */
    public void editRecord(PurposeView purpose) {
        Article30Form record = purpose.record();
        recordId = purpose.id();
        recordVersion = record.version();
        recordName = purpose.definition().name();
        businessFunction = record.businessFunction();
        jointController = record.jointController();
        jointControllerContact = record.jointControllerContact();
        securityMeasures = record.securityMeasures();
        dataLocation = record.dataLocation();
        retentionPolicyLink = record.retentionPolicyLink();
        schedule1Condition = record.schedule1Condition();
        dataSource = record.dataSource();
    }

    public void saveRecord() {
        if (recordId == null) {
            // a postback of the dialog's form with no purpose opened in it (a browser opens it from a purpose's row)
            FacadeCall.error("Open the record of processing from its purpose's row first.");
            return;
        }
        FacadeCall.attempt(() -> purposes.saveArticle30(recordId, new Article30Form(recordVersion, businessFunction,
                jointController, jointControllerContact, securityMeasures, dataLocation, retentionPolicyLink,
                schedule1Condition, dataSource)))
                .ifPresent(saved -> {
                    FacadeCall.info("The record of processing fields of " + saved.definition().name() + " saved.");
                    recordVersion = saved.record().version();
                    load();
                });
    }

    public Schedule1Condition[] getSchedule1Conditions() {
        return Schedule1Condition.values();
    }

    public String getRecordName() {
        return recordName;
    }

    public String getBusinessFunction() {
        return businessFunction;
    }

    public void setBusinessFunction(String businessFunction) {
        this.businessFunction = businessFunction;
    }

    public String getJointController() {
        return jointController;
    }

    public void setJointController(String jointController) {
        this.jointController = jointController;
    }

    public String getJointControllerContact() {
        return jointControllerContact;
    }

    public void setJointControllerContact(String jointControllerContact) {
        this.jointControllerContact = jointControllerContact;
    }

    public String getSecurityMeasures() {
        return securityMeasures;
    }

    public void setSecurityMeasures(String securityMeasures) {
        this.securityMeasures = securityMeasures;
    }

    public String getDataLocation() {
        return dataLocation;
    }

    public void setDataLocation(String dataLocation) {
        this.dataLocation = dataLocation;
    }

    public String getRetentionPolicyLink() {
        return retentionPolicyLink;
    }

    public void setRetentionPolicyLink(String retentionPolicyLink) {
        this.retentionPolicyLink = retentionPolicyLink;
    }

    public Schedule1Condition getSchedule1Condition() {
        return schedule1Condition;
    }

    public void setSchedule1Condition(Schedule1Condition schedule1Condition) {
        this.schedule1Condition = schedule1Condition;
    }

    public String getDataSource() {
        return dataSource;
    }

    public void setDataSource(String dataSource) {
        this.dataSource = dataSource;
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
