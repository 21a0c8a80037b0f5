package org.custos.protection.processing.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
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
import org.custos.protection.breaches.api.ProcessorMap;
import org.custos.protection.breaches.api.ProcessorMap.MappedProcessor;
import org.custos.protection.consent.api.ConsentCount;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.dpia.api.DpiaStanding;
import org.custos.protection.dpia.api.Dpias;
import org.custos.protection.processing.api.Art30Column;
import org.custos.protection.processing.api.ProcessingActivity;
import org.custos.protection.purposes.api.Article30Completeness;
import org.custos.protection.purposes.api.Article30Form;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
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
 * them), the consent ledger, the DPIAs and the breach register.
 */
@Dependent
class ActivityAssembler {

    private static final String NONE = "None";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

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
        return purposes.purposes().stream().sorted(Comparator.comparing(view -> view.definition().name()))
                .map(purpose -> activity(purpose, processors, transfers, rules, assessments.get(purpose.id()),
                        consents.get(purpose.id()), today))
                .toList();
    }

    private ProcessingActivity activity(PurposeView view, List<MappedProcessor> processors,
            Map<Long, List<String>> transfers, List<ScheduleRule> rules, DpiaStanding assessment,
            ConsentCount consents, LocalDate today) {
        PurposeForm purpose = view.definition();
        Article30Form typed = view.record();
        Optional<PersonalDataHolder> holder = holders.sorted().stream()
                .filter(found -> found.context().key().equals(purpose.context())).findFirst();
        Optional<HeldData> held = holder.map(PersonalDataHolder::heldData);
        List<String> itsProcessors = processors.stream().filter(p -> p.purposeIds().contains(view.id()))
                .map(MappedProcessor::name).sorted().toList();
        Map<Art30Column, String> cells = new EnumMap<>(Art30Column.class);
        cells.put(Art30Column.BUSINESS_FUNCTION, orEmpty(typed.businessFunction()));
        cells.put(Art30Column.PURPOSE, purpose.name() + ": " + purpose.description());
        cells.put(Art30Column.JOINT_CONTROLLER, typed.jointController() == null || typed.jointController().isBlank()
                ? NONE : typed.jointController() + ", " + typed.jointControllerContact());
        cells.put(Art30Column.INDIVIDUALS, held.map(data -> people.categoriesOf(data.peopleQuery()).stream()
                .map(SubjectCategory::label).collect(Collectors.joining(", "))).orElse(""));
        cells.put(Art30Column.PERSONAL_DATA, held.map(data -> dataCategories(data, holders.sorted().stream()
                .filter(found -> found.context() == DataContext.REGISTER).findFirst())).orElse(""));
        cells.put(Art30Column.RECIPIENTS, recipients(view.id(), itsProcessors));
        cells.put(Art30Column.PROCESSOR_CONTRACTS, itsProcessors.isEmpty() ? NONE
                : "In the processor register: " + String.join(", ", itsProcessors));
        List<String> itsTransfers = transfers.getOrDefault(view.id(), purpose.transfers() == null
                || purpose.transfers().isBlank() ? List.of() : List.of(purpose.transfers()));
        cells.put(Art30Column.THIRD_COUNTRIES, itsTransfers.isEmpty() ? NONE : String.join("\n", itsTransfers));
        cells.put(Art30Column.SAFEGUARDS, itsTransfers.isEmpty() ? NONE : String.join("\n", itsTransfers));
        cells.put(Art30Column.RETENTION, rules.stream().filter(rule -> rule.context().equals(purpose.context()))
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
        cells.put(Art30Column.CONSENT_RECORDS, consents != null ? "In the consent ledger: " + consents.words()
                : purpose.lawfulBasis() == LawfulBasis.CONSENT ? "None recorded yet" : NONE);
        cells.put(Art30Column.LOCATION, orEmpty(typed.dataLocation()));
        assessment(assessment, cells);
        held.ifPresent(data -> breaches(data, holder.get().context(), cells));
        holder.ifPresent(h -> retentionKept(h.context(), today, cells));
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
    private String recipients(long purposeId, List<String> processors) {
        List<String> recipients = new ArrayList<>();
        for (Object found : em.createNativeQuery("select recipient, count(*) from prot_disclosure where purpose_id = ?"
                + " group by recipient order by recipient").setParameter(1, purposeId).getResultList()) {
            Object[] row = (Object[]) found;
            long times = ((Number) row[1]).longValue();
            recipients.add(row[0] + " (" + times + (times == 1 ? " disclosure)" : " disclosures)"));
        }
        processors.forEach(name -> recipients.add(name + " (processor)"));
        return recipients.isEmpty() ? "None: the data is not shared" : String.join(", ", recipients);
    }

    /** The breaches that involved people the context holds, or that name the context as a system affected. */
    private void breaches(HeldData data, DataContext context, Map<Art30Column, String> cells) {
        List<String> found = new ArrayList<>();
        for (Object row : em.createNativeQuery("select b.id, b.summary from prot_breach b where lower(b.systems) like ?"
                + " or exists (select 1 from prot_breach_subject s where s.breach_id = b.id and s.subject_id in"
                + " (select subject_id from (" + data.peopleQuery() + ") held)) order by b.aware_at desc")
                .setParameter(1, "%" + context.label().toLowerCase(Locale.ROOT) + "%").getResultList()) {
            Object[] breach = (Object[]) row;
            found.add("Breach " + breach[0] + ": " + breach[1]);
        }
        cells.put(Art30Column.BREACHES, found.isEmpty() ? "No" : "Yes: " + found.size());
        cells.put(Art30Column.BREACH_RECORDS, found.isEmpty() ? NONE : "In the breach register: "
                + String.join("; ", found));
    }

    /** Whether records are kept past their retention date: the items of the context waiting for a decision. */
    private void retentionKept(DataContext context, LocalDate today, Map<Art30Column, String> cells) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(due_on) from prot_retention_item"
                + " where state in ('WAITING', 'FAILED') and context = ? and due_on < ?")
                .setParameter(1, context.key()).setParameter(2, today).getSingleResult();
        long overdue = ((Number) row[0]).longValue();
        cells.put(Art30Column.RETAINED_BY_POLICY, overdue == 0 ? "Yes" : "No: " + overdue
                + (overdue == 1 ? " record is" : " records are") + " past the retention date");
        cells.put(Art30Column.NOT_BY_POLICY_REASONS, overdue == 0 ? "" : (overdue == 1 ? "It waits" : "They wait")
                + " for the Data Protection Manager's review, the oldest due since "
                + Dates.day(row[1] instanceof Date date ? date.toLocalDate() : (LocalDate) row[1]) + ".");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
