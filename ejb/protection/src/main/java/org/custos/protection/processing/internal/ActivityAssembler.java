package org.custos.protection.processing.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.DpiaProgress;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachesByContext;
import org.custos.protection.breaches.api.BreachesByContext.BreachBrief;
import org.custos.protection.breaches.api.ProcessorMap;
import org.custos.protection.breaches.api.ProcessorMap.MappedProcessor;
import org.custos.protection.consent.api.ConsentCount;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.dpia.api.DpiaStanding;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.holds.api.DisclosureLog;
import org.custos.protection.holds.api.DisclosureLog.RecipientTimes;
import org.custos.protection.processing.api.Art30Column;
import org.custos.protection.processing.api.ProcessingActivity;
import org.custos.protection.purposes.api.Article30Completeness;
import org.custos.protection.purposes.api.Article30Form;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.retention.api.RecordsPastTheirDate;
import org.custos.protection.retention.api.RecordsPastTheirDate.Overdue;
import org.custos.protection.retention.api.RetentionSchedule;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.shared.Dates;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.HeldPeople;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.TransferRegister;

/**
 * Fills each purpose's row of the record of processing from what records it: the purpose itself (basis, interest,
 * condition, automated decisions, and the Art 30 fields the DPM typed on it), the context whose records serve it (the
 * categories of its people, as the register has them, and of its data), the disclosure log and the processor register
 * (recipients, processors, transfers), the retention schedule and queue (periods, and whether records are kept past
 * them), the consent ledger, the DPIAs and the breach register. Each is read through its sub-area's api, once for
 * all purposes (a statement or a few per kind, however many purposes there are), and the rows are filled in memory.
 */
@Dependent
class ActivityAssembler {

    private static final String NONE = "None";

    @Inject
    HolderRegistry holders;

    @Inject
    HeldPeople people;

    @Inject
    RetentionSchedule schedule;

    @Inject
    Purposes purposes;

    @Inject
    Dpias dpias;

    @Inject
    ConsentLedger ledger;

    @Inject
    DisclosureLog disclosures;

    @Inject
    BreachesByContext breaches;

    @Inject
    RecordsPastTheirDate pastTheirDate;

    @Inject
    @Any
    Instance<ProcessorMap> processorMaps;

    @Inject
    @Any
    Instance<TransferRegister> transferRegisters;

    List<ProcessingActivity> activities(LocalDate today) {
        List<MappedProcessor> processors = processorMaps.stream().flatMap(map -> map.processors().stream())
                .toList();
        Map<Long, List<String>> transfers = transferRegisters.stream()
                .flatMap(register -> register.transfersByPurpose().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> Stream.concat(a.stream(),
                        b.stream()).toList()));
        List<ScheduleRule> rules = schedule.rules();
        Map<Long, DpiaStanding> assessments = dpias.standings().stream()
                .collect(Collectors.toMap(DpiaStanding::purposeId, Function.identity()));
        Map<Long, ConsentCount> consents = ledger.countsByPurpose();
        List<PurposeView> all = purposes.purposes();
        List<PersonalDataHolder> deployed = holders.sorted();
        Map<DataContext, String> peopleOfContexts = new EnumMap<>(DataContext.class);
        all.stream().map(view -> holderOf(view.definition(), deployed)).flatMap(Optional::stream)
                .forEach(holder -> peopleOfContexts.put(holder.context(), holder.heldData().peopleQuery()));
        Read read = new Read(deployed, processors, transfers, rules, assessments, consents,
                disclosures.recipientsByPurpose(), breaches.involving(peopleOfContexts),
                pastTheirDate.byContext(today));
        return all.stream().sorted(Comparator.comparing(view -> view.definition().name()))
                .map(purpose -> activity(purpose, read))
                .toList();
    }

    /** What every row is filled from, read once for all purposes. */
    private record Read(List<PersonalDataHolder> holders, List<MappedProcessor> processors,
            Map<Long, List<String>> transfers, List<ScheduleRule> rules, Map<Long, DpiaStanding> assessments,
            Map<Long, ConsentCount> consents, Map<Long, List<RecipientTimes>> recipients,
            Map<DataContext, List<BreachBrief>> breaches, Map<String, Overdue> pastTheirDate) {
    }

    /** The deployed holder of the context whose records serve the purpose, if any. */
    private static Optional<PersonalDataHolder> holderOf(PurposeForm purpose, List<PersonalDataHolder> deployed) {
        return deployed.stream().filter(found -> found.context().key().equals(purpose.context())).findFirst();
    }

    private ProcessingActivity activity(PurposeView view, Read read) {
        PurposeForm purpose = view.definition();
        Article30Form typed = view.record();
        Optional<PersonalDataHolder> holder = holderOf(purpose, read.holders());
        Optional<HeldData> held = holder.map(PersonalDataHolder::heldData);
        List<String> itsProcessors = read.processors().stream().filter(p -> p.purposeIds().contains(view.id()))
                .map(MappedProcessor::name).sorted().toList();
        Map<Art30Column, String> cells = new EnumMap<>(Art30Column.class);
        cells.put(Art30Column.BUSINESS_FUNCTION, orEmpty(typed.businessFunction()));
        cells.put(Art30Column.PURPOSE, purpose.name() + ": " + purpose.description());
        cells.put(Art30Column.JOINT_CONTROLLER, typed.jointController() == null || typed.jointController().isBlank()
                ? NONE : typed.jointController() + ", " + typed.jointControllerContact());
        cells.put(Art30Column.INDIVIDUALS, held.map(data -> people.categoriesOf(data.peopleQuery()).stream()
                .map(SubjectCategory::label).collect(Collectors.joining(", "))).orElse(""));
        cells.put(Art30Column.PERSONAL_DATA, held.map(data -> dataCategories(data, read.holders().stream()
                .filter(found -> found.context() == DataContext.REGISTER).findFirst())).orElse(""));
        cells.put(Art30Column.RECIPIENTS, recipients(read.recipients().getOrDefault(view.id(), List.of()),
                itsProcessors));
        cells.put(Art30Column.PROCESSOR_CONTRACTS, itsProcessors.isEmpty() ? NONE
                : "In the processor register: " + String.join(", ", itsProcessors));
        List<String> itsTransfers = read.transfers().getOrDefault(view.id(), purpose.transfers() == null
                || purpose.transfers().isBlank() ? List.of() : List.of(purpose.transfers()));
        cells.put(Art30Column.THIRD_COUNTRIES, itsTransfers.isEmpty() ? NONE : String.join("\n", itsTransfers));
        cells.put(Art30Column.SAFEGUARDS, itsTransfers.isEmpty() ? NONE : String.join("\n", itsTransfers));
        cells.put(Art30Column.RETENTION, read.rules().stream()
                .filter(rule -> rule.context().equals(purpose.context()))
                .map(rule -> rule.recordGroup() + ": " + rule.periodWords() + ", counted from: "
                        + rule.countsFrom().toLowerCase(Locale.ROOT) + "; " + rule.atEnd().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n")));
        cells.put(Art30Column.SECURITY, orEmpty(typed.securityMeasures()));
        cells.put(Art30Column.ARTICLE_6, purpose.lawfulBasis().label());
        cells.put(Art30Column.ARTICLE_9, purpose.specialCategoryCondition() == null ? NONE
                : purpose.specialCategoryCondition().label());
        boolean onInterests = purpose.lawfulBasis() == LawfulBasis.LEGITIMATE_INTERESTS;
        cells.put(Art30Column.LEGITIMATE_INTERESTS, onInterests ? orEmpty(purpose.legitimateInterest()) : NONE);
        cells.put(Art30Column.INTERESTS_ASSESSMENT, onInterests ? "Recorded with the purpose in Custos: the"
                + " interest, why the processing is necessary for it and the balance with the person's interests;"
                + " reviewed by " + Dates.day(purpose.reviewDate()) : NONE);
        boolean automated = purpose.automatedDecisions() != null && !purpose.automatedDecisions().isBlank();
        cells.put(Art30Column.RIGHTS, String.join(", ", RightsAvailable.under(purpose.lawfulBasis(), automated)));
        cells.put(Art30Column.AUTOMATED_DECISIONS, automated ? purpose.automatedDecisions() : NONE);
        cells.put(Art30Column.SOURCE, orEmpty(typed.dataSource()));
        ConsentCount consents = read.consents().get(view.id());
        cells.put(Art30Column.CONSENT_RECORDS, consents != null ? "In the consent ledger: " + consents.words()
                : purpose.lawfulBasis() == LawfulBasis.CONSENT ? "None recorded yet" : NONE);
        cells.put(Art30Column.LOCATION, orEmpty(typed.dataLocation()));
        assessment(read.assessments().get(view.id()), cells);
        holder.ifPresent(h -> breaches(read.breaches().getOrDefault(h.context(), List.of()), cells));
        holder.ifPresent(h -> retentionKept(read.pastTheirDate().get(h.context().key()), cells));
        cells.put(Art30Column.SCHEDULE_1, typed.schedule1Condition() == null ? NONE
                : typed.schedule1Condition().label());
        cells.put(Art30Column.RETENTION_POLICY, orEmpty(typed.retentionPolicyLink()));
        Article30Completeness.RecordsShow shown = new Article30Completeness.RecordsShow(
                !cells.get(Art30Column.INDIVIDUALS).isBlank(), !cells.get(Art30Column.PERSONAL_DATA).isBlank(),
                !cells.get(Art30Column.RETENTION).isBlank(), held.map(data -> !data.sensitive().isEmpty())
                        .orElse(false));
        return new ProcessingActivity(view.id(), purpose.name(), cells,
                Article30Completeness.missing(purpose, typed, shown));
    }

    /** Where the purpose's DPIA stands: its screening's outcome, its progress and review date. */
    private static void assessment(DpiaStanding assessment, Map<Art30Column, String> cells) {
        if (assessment == null) {
            cells.put(Art30Column.DPIA_REQUIRED, "Not screened");
            cells.put(Art30Column.DPIA_PROGRESS, NONE);
            cells.put(Art30Column.DPIA_LINK, NONE);
            return;
        }
        cells.put(Art30Column.DPIA_REQUIRED, assessment.outcome().words());
        cells.put(Art30Column.DPIA_PROGRESS, assessment.progress().label() + (assessment.reviewDate() == null ? ""
                : ", to be reviewed by " + Dates.day(assessment.reviewDate()))
                + (assessment.flagged() ? " (" + assessment.flag() + ")" : ""));
        cells.put(Art30Column.DPIA_LINK, assessment.progress() == DpiaProgress.NOT_STARTED ? NONE
                : "Kept in Custos with the purpose: the screening, the assessment document, its measures and sign-off");
    }

    /** The context's categories of data after the register's, which every context's records point at. */
    private static String dataCategories(HeldData data, Optional<PersonalDataHolder> register) {
        List<String> categories = new ArrayList<>(register.map(found -> found.heldData().dataCategories())
                .orElse(List.of()));
        data.dataCategories().stream().filter(category -> !categories.contains(category)).forEach(categories::add);
        data.sensitive().stream().sorted().map(category -> "Special category: " + category.label())
                .forEach(categories::add);
        return String.join(", ", categories);
    }

    /** The recipients in the disclosure log for the purpose, with how often, and its processors. */
    private static String recipients(List<RecipientTimes> disclosed, List<String> processors) {
        List<String> recipients = new ArrayList<>();
        for (RecipientTimes recipient : disclosed) {
            long times = recipient.times();
            recipients.add(recipient.recipient() + " (" + times + (times == 1 ? " disclosure)" : " disclosures)"));
        }
        processors.forEach(name -> recipients.add(name + " (processor)"));
        return recipients.isEmpty() ? "None: the data is not shared" : String.join(", ", recipients);
    }

    /** The breaches that involved people the context holds, or that name the context as a system affected. */
    private static void breaches(List<BreachBrief> found, Map<Art30Column, String> cells) {
        cells.put(Art30Column.BREACHES, found.isEmpty() ? "No" : "Yes: " + found.size());
        cells.put(Art30Column.BREACH_RECORDS, found.isEmpty() ? NONE : "In the breach register: "
                + found.stream().map(breach -> "Breach " + breach.id() + ": " + breach.summary())
                        .collect(Collectors.joining("; ")));
    }

    /** Whether records are kept past their retention date: the items of the context waiting for a decision. */
    private static void retentionKept(Overdue overdue, Map<Art30Column, String> cells) {
        long records = overdue == null ? 0 : overdue.records();
        cells.put(Art30Column.RETAINED_BY_POLICY, records == 0 ? "Yes" : "No: " + records
                + (records == 1 ? " record is" : " records are") + " past the retention date");
        cells.put(Art30Column.NOT_BY_POLICY_REASONS, records == 0 ? "" : (records == 1 ? "It waits" : "They wait")
                + " for the Data Protection Manager's review, the oldest due since "
                + Dates.day(overdue.oldestDue()) + ".");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
