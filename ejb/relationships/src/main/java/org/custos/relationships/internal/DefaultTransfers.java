package org.custos.relationships.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.relationships.AdequateCountry;
import org.custos.domain.relationships.Transfer;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.TransferMechanism;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.relationships.api.AdequacyForm;
import org.custos.relationships.api.AdequateCountryView;
import org.custos.relationships.api.TransferForm;
import org.custos.relationships.api.TransferView;
import org.custos.relationships.api.Transfers;
import org.custos.relationships.api.UnsafeguardedTransfer;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultTransfers implements Transfers {

    private static final String RECORD = "Transfer";
    private static final String ADEQUACY = "AdequateCountry";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    OrganisationRecords organisations;

    @Inject
    TransferRecords records;

    @Inject
    TransferViews views;

    @Inject
    UnsafeguardedTransfers unsafeguarded;

    @Inject
    ComplianceCalendar calendar;

    @Override
    @Audited(record = RECORD)
    public List<TransferView> transfers(long organisationId) {
        organisations.organisation(organisationId);
        return views.of(organisationId);
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public List<TransferView> record(long organisationId, TransferForm form) {
        organisations.organisation(organisationId);
        if (records.transfersOf(organisationId).stream().anyMatch(t -> t.country().equals(form.country()))) {
            throw new RequestRefused("A safeguard is already recorded for this country: change it instead.");
        }
        Transfer transfer = new Transfer(organisationId, form.country());
        safeguard(transfer, form);
        em.persist(transfer);
        em.flush();
        return views.of(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<TransferView> change(long organisationId, long transferId, long version, TransferForm form) {
        Transfer transfer = current(organisationId, transferId, version);
        if (!transfer.country().equals(form.country())) {
            throw new RequestRefused("A transfer's country cannot change: record the other country on its own.");
        }
        safeguard(transfer, form);
        em.flush();
        return views.of(organisationId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public List<TransferView> remove(long organisationId, long transferId, long version) {
        em.remove(current(organisationId, transferId, version));
        em.flush();
        return views.of(organisationId);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<UnsafeguardedTransfer> unsafeguarded(int first, int pageSize) {
        return unsafeguarded.page(first, pageSize);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = ADEQUACY)
    public List<AdequateCountryView> adequacyList() {
        return views.adequacyList();
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.CREATE, record = ADEQUACY)
    public List<AdequateCountryView> addAdequate(AdequacyForm form) {
        refuse(TransferRules.adequacyRefusal(form.country(), records.adequacyList().containsKey(form.country())));
        AdequateCountry country = new AdequateCountry(form.country());
        country.holdUnder(conditions(form), caller(), calendar.now());
        em.persist(country);
        em.flush();
        return views.adequacyList();
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = ADEQUACY)
    public List<AdequateCountryView> changeAdequate(long version, AdequacyForm form) {
        AdequateCountry country = records.adequate(form.country());
        ConcurrentChange.check(country.version(), version, "This country's entry");
        country.holdUnder(conditions(form), caller(), calendar.now());
        em.flush();
        return views.adequacyList();
    }

    @Override
    @RolesAllowed(Role.Names.DPM)
    @Audited(value = AuditAction.UPDATE, record = ADEQUACY)
    public List<AdequateCountryView> removeAdequate(String country, long version) {
        AdequateCountry adequate = records.adequate(country);
        ConcurrentChange.check(adequate.version(), version, "This country's entry");
        em.remove(adequate);
        em.flush();
        return views.adequacyList();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Map<Long, List<String>> byPurpose() {
        return views.byPurpose();
    }

    private Transfer current(long organisationId, long transferId, long version) {
        Transfer transfer = records.transfer(organisationId, transferId);
        ConcurrentChange.check(transfer.version(), version, "This transfer");
        return transfer;
    }

    /** Records the form's safeguard: the exception only under Article 49, the assessment only when given. */
    private void safeguard(Transfer transfer, TransferForm form) {
        refuse(TransferRules.refusal(form, records.adequacyList().containsKey(form.country())));
        TransferMechanism mechanism = form.mechanism();
        boolean exception = mechanism == TransferMechanism.ARTICLE_49;
        boolean assessed = mechanism != null && form.assessedOn() != null;
        transfer.safeguard(mechanism, exception ? form.exception() : null,
                exception ? form.exceptionReason().trim() : null, assessed ? form.assessedOn() : null,
                assessed ? trimmed(form.assessmentOutcome()) : null,
                assessed ? trimmed(form.assessmentDocument()) : null, caller(), calendar.now());
    }

    private static String conditions(AdequacyForm form) {
        return trimmed(form.conditions());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static void refuse(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
