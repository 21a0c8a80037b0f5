package org.custos.relationships.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.relationships.AgreementVersion;
import org.custos.domain.relationships.ConditionEvidence;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.Processor;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.relationships.api.AgreementView;
import org.custos.relationships.api.ConditionView;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.SubProcessorView;

/**
 * A processor as read: its purposes and sub-processors by name, each condition with its evidence, each agreement
 * version in words (a version replaced by a later one in force says so where an ended one confirms the data's return).
 */
@Dependent
class ProcessorViews {

    @Inject
    ProcessorRecords records;

    @Inject
    OrganisationRecords organisations;

    @EJB
    Purposes purposes;

    /** The ids of the purposes on the list. */
    Set<Long> purposeIds() {
        return purposes.purposes().stream().map(PurposeView::id).collect(Collectors.toSet());
    }

    /** The conditions a version would be approved with unmet (X4). */
    List<ProcessorCondition> unmet(Processor processor, AgreementVersion agreement) {
        return ProcessorConditions.unmet(evidence(processor).keySet(), agreement.terms());
    }

    ProcessorView view(Organisation organisation, Processor processor) {
        Map<ProcessorCondition, ConditionEvidence> evidence = evidence(processor);
        Map<Long, String> names = purposes.purposes().stream()
                .collect(Collectors.toMap(PurposeView::id, purpose -> purpose.definition().name()));
        return new ProcessorView(organisation.id(), organisation.name(), processor.version(), processor.services(),
                processor.dataCategories(), processor.purposeIds(), processor.purposeIds().stream().map(names::get)
                        .sorted().toList(), processor.peopleHandled(),
                processor.peopleHandled().stream().map(SubjectCategory::label).toList(), processor.peopleNote(),
                processor.countries(), processor.reviewOn(), day(processor.reviewOn()),
                records.subProcessorsOf(processor.id()).stream().map(sub -> new SubProcessorView(
                        sub.organisationId(), organisations.organisation(sub.organisationId()).name(),
                        sub.countries())).toList(),
                Arrays.stream(ProcessorCondition.values()).map(condition -> condition(condition,
                        evidence.get(condition))).toList(),
                records.agreementsOf(processor.id()).stream().map(agreement -> agreement(agreement,
                        ProcessorConditions.unmet(evidence.keySet(), agreement.terms()))).toList());
    }

    private Map<ProcessorCondition, ConditionEvidence> evidence(Processor processor) {
        return records.evidenceOf(processor.id()).stream()
                .collect(Collectors.toMap(ConditionEvidence::condition, Function.identity()));
    }

    private static ConditionView condition(ProcessorCondition condition, ConditionEvidence evidence) {
        return evidence == null ? new ConditionView(condition, condition.label(), false, null, null, null)
                : new ConditionView(condition, condition.label(), true, evidence.evidence(),
                        day(evidence.checkedOn()), evidence.checkedBy());
    }

    private static AgreementView agreement(AgreementVersion agreement, List<ProcessorCondition> unmet) {
        String approval = agreement.approvedBy() == null ? null : "Approved by " + agreement.approvedBy() + " on "
                + day(agreement.approvedAt().toLocalDate());
        return new AgreementView(agreement.id(), agreement.version(), agreement.number(), agreement.document(),
                agreement.terms(), day(agreement.startsOn()), day(agreement.endsOn()), agreement.noticeDays(),
                agreement.state(), agreement.state().label(), unmet.stream().map(ProcessorCondition::label).toList(),
                approval, agreement.approvalReason(), agreement.replacedBy() == null ? agreement.endConfirmation()
                        : "Replaced by version " + agreement.replacedBy() + ", which came into force: the processor"
                        + " keeps working for us under it.", agreement.startsOn(), agreement.endsOn());
    }

    private static String day(LocalDate date) {
        return date == null ? null : OrganisationTime.DAY.format(date);
    }
}
