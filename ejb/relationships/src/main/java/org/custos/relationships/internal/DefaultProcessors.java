package org.custos.relationships.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.stream.Collectors;
import org.custos.domain.relationships.AgreementVersion;
import org.custos.domain.relationships.ConditionEvidence;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.Processor;
import org.custos.domain.relationships.SubProcessor;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.Countries;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.ProcessorCondition;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.relationships.api.AgreementAwaiting;
import org.custos.relationships.api.AgreementForm;
import org.custos.relationships.api.ConditionEvidenceForm;
import org.custos.relationships.api.ProcessorForm;
import org.custos.relationships.api.ProcessorQuery;
import org.custos.relationships.api.ProcessorSummary;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.relationships.api.SubProcessorForm;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultProcessors implements Processors {

    private static final String RECORD = "Processor";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    OrganisationRecords organisations;

    @Inject
    ProcessorRecords records;

    @Inject
    ProcessorViews views;

    @Inject
    ProcessorList list;

    @Inject
    ComplianceCalendar calendar;

    @Override
    @Audited(record = RECORD)
    public ProcessorView processor(long organisationId) {
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ProcessorView register(long organisationId, ProcessorForm form) {
        organisations.organisation(organisationId);
        if (records.processorOf(organisationId).isPresent()) {
            throw new RequestRefused("This organisation is already recorded as a processor.");
        }
        Processor processor = new Processor(organisationId, caller(), calendar.now());
        describe(processor, form);
        em.persist(processor);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView update(long organisationId, long version, ProcessorForm form) {
        Processor processor = current(organisationId, version);
        describe(processor, form);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView recordEvidence(long organisationId, long version, ConditionEvidenceForm form) {
        Processor processor = current(organisationId, version);
        ConditionEvidence evidence = records.evidenceOf(processor.id()).stream()
                .filter(recorded -> recorded.condition() == form.condition()).findFirst()
                .orElseGet(() -> {
                    ConditionEvidence added = new ConditionEvidence(processor.id(), form.condition());
                    em.persist(added);
                    return added;
                });
        evidence.record(form.evidence().trim(), form.checkedOn(), form.checkedBy().trim(), caller(), calendar.now());
        // The evidence is part of the processor's record: a page read before it must not overwrite it unseen.
        em.lock(processor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView addSubProcessor(long organisationId, long version, SubProcessorForm form) {
        Processor processor = current(organisationId, version);
        organisations.organisation(form.organisationId());
        refuse(ProcessorChanges.subProcessorRefusal(organisationId, records.subProcessorsOf(processor.id()).stream()
                .map(SubProcessor::organisationId).collect(Collectors.toSet()), form.organisationId()));
        Countries.Reading countries = countries(form.countries());
        em.persist(new SubProcessor(processor.id(), form.organisationId(), Countries.names(countries.codes()),
                countries.codes(), caller(), calendar.now()));
        em.lock(processor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView proposeAgreement(long organisationId, AgreementForm form) {
        Processor processor = records.processor(organisationId);
        refuse(AgreementStates.datesRefusal(form.startsOn(), form.endsOn()));
        AgreementVersion agreement = new AgreementVersion(processor.id(),
                records.agreementsOf(processor.id()).size() + 1, caller(), calendar.now());
        propose(agreement, form);
        em.persist(agreement);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView changeAgreement(long organisationId, long agreementId, long version, AgreementForm form) {
        AgreementVersion agreement = agreement(organisationId, agreementId, version);
        refuse(AgreementStates.changeRefusal(agreement.state()));
        refuse(AgreementStates.datesRefusal(form.startsOn(), form.endsOn()));
        propose(agreement, form);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView submitAgreement(long organisationId, long agreementId, long version) {
        return step(organisationId, agreementId, version, AgreementState.AWAITING_DPM);
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView approveAgreement(long organisationId, long agreementId, long version, String reason) {
        AgreementVersion agreement = agreement(organisationId, agreementId, version);
        refuse(AgreementStates.stepRefusal(agreement.state(), AgreementState.APPROVED));
        refuse(AgreementStates.approvalRefusal(views.unmet(records.processor(organisationId), agreement), reason));
        agreement.approve(caller(), calendar.now(), reason == null || reason.isBlank() ? null : reason.trim());
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView recordSigned(long organisationId, long agreementId, long version) {
        return step(organisationId, agreementId, version, AgreementState.SIGNED);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView recordInForce(long organisationId, long agreementId, long version) {
        AgreementVersion agreement = agreement(organisationId, agreementId, version);
        refuse(AgreementStates.stepRefusal(agreement.state(), AgreementState.IN_FORCE));
        records.agreementsOf(agreement.processorId()).stream()
                .filter(other -> AgreementStates.replacedWhenAnotherComesIntoForce(other.state()))
                .forEach(other -> other.replaceBy(agreement.number()));
        agreement.moveTo(AgreementState.IN_FORCE);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView endAgreement(long organisationId, long agreementId, long version, String dataConfirmation) {
        AgreementVersion agreement = agreement(organisationId, agreementId, version);
        refuse(AgreementStates.stepRefusal(agreement.state(), AgreementState.ENDED));
        refuse(AgreementStates.endRefusal(dataConfirmation));
        agreement.end(dataConfirmation.trim());
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(record = RECORD)
    public Page<ProcessorSummary> list(ProcessorQuery query) {
        return list.page(query, calendar.today());
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(record = RECORD)
    public Page<AgreementAwaiting> awaitingApproval(int first, int pageSize) {
        return list.awaiting(first, pageSize);
    }

    @Override
    @Audited(record = RECORD)
    public Optional<ProcessorView> processorOf(long organisationId) {
        Organisation organisation = organisations.organisation(organisationId);
        return records.processorOf(organisationId).map(processor -> views.view(organisation, processor));
    }

    private ProcessorView step(long organisationId, long agreementId, long version, AgreementState to) {
        AgreementVersion agreement = agreement(organisationId, agreementId, version);
        refuse(AgreementStates.stepRefusal(agreement.state(), to));
        agreement.moveTo(to);
        em.flush();
        return view(organisationId);
    }

    private Processor current(long organisationId, long version) {
        Processor processor = records.processor(organisationId);
        ConcurrentChange.check(processor.version(), version, "This processor");
        return processor;
    }

    private AgreementVersion agreement(long organisationId, long agreementId, long version) {
        AgreementVersion agreement = records.agreement(records.processor(organisationId), agreementId);
        ConcurrentChange.check(agreement.version(), version, "This agreement");
        return agreement;
    }

    private void describe(Processor processor, ProcessorForm form) {
        refuse(ProcessorChanges.refusal(form.purposeIds(), views.purposeIds()));
        refuse(ProcessorChanges.peopleRefusal(form.peopleHandled(), form.peopleNote()));
        Countries.Reading countries = countries(form.countries());
        processor.describe(form.services().trim(), form.dataCategories().trim(), form.purposeIds(),
                form.peopleHandled(), Texts.blankToNull(form.peopleNote()), Countries.names(countries.codes()),
                countries.codes(), form.reviewOn());
    }

    private static Countries.Reading countries(String typed) {
        Countries.Reading countries = Countries.read(typed);
        refuse(ProcessorChanges.countriesRefusal(countries));
        return countries;
    }

    private static void propose(AgreementVersion agreement, AgreementForm form) {
        agreement.propose(form.document().trim(), form.terms(), form.startsOn(), form.endsOn(), form.noticeDays());
    }

    private static void refuse(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }

    private ProcessorView view(long organisationId) {
        Organisation organisation = organisations.organisation(organisationId);
        return views.view(organisation, records.processor(organisationId));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView removeSubProcessor(long organisationId, long version, long subProcessorOrganisationId) {
        Processor processor = current(organisationId, version);
        SubProcessor removed = records.subProcessorsOf(processor.id()).stream()
                .filter(sub -> sub.organisationId() == subProcessorOrganisationId).findFirst()
                .orElseThrow(() -> new RequestRefused("This organisation is not recorded as its sub-processor."));
        em.remove(removed);
        em.lock(processor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ProcessorView withdrawEvidence(long organisationId, long version, ProcessorCondition condition) {
        Processor processor = current(organisationId, version);
        ConditionEvidence withdrawn = records.evidenceOf(processor.id()).stream()
                .filter(recorded -> recorded.condition() == condition).findFirst()
                .orElseThrow(() -> new RequestRefused("No evidence of this condition is recorded."));
        records.agreementsOf(processor.id()).stream().filter(agreement -> AgreementStates.approvalLapses(
                agreement.state(), views.unmet(processor, agreement), condition))
                .forEach(AgreementVersion::withdrawApproval);
        em.remove(withdrawn);
        em.lock(processor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return view(organisationId);
    }
}
