package org.custos.relationships.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.relationships.ServiceRecord;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.MarketingBasis;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.Texts;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.relationships.api.ContactChangeForm;
import org.custos.relationships.api.ContactForm;
import org.custos.relationships.api.ContactRole;
import org.custos.relationships.api.MarketingBasisForm;
import org.custos.relationships.api.MarketingContact;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.OrganisationQuery;
import org.custos.relationships.api.OrganisationSummary;
import org.custos.relationships.api.OrganisationView;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ServiceForm;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultOrganisations implements Organisations {

    private static final String RECORD = "Organisation";

    private static final String CONTACT = "OrganisationContact";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    OrganisationRecords records;

    @Inject
    OrganisationViews views;

    @Inject
    OrganisationList list;

    @Inject
    MarketingList marketing;

    @Inject
    ConsentLedger consents;

    @Inject
    NoticeLedger notices;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    PeopleRegister register;

    @Override
    @Audited(record = RECORD)
    public OrganisationView organisation(long organisationId) {
        return views.view(records.organisation(organisationId));
    }

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public OrganisationView create(OrganisationDetailsForm form) {
        refuseIfInvalid(form);
        Organisation organisation = new Organisation(caller(), calendar.now());
        describe(organisation, form);
        em.persist(organisation);
        em.flush();
        return views.view(organisation);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OrganisationView update(long organisationId, long version, OrganisationDetailsForm form) {
        Organisation organisation = records.organisation(organisationId);
        ConcurrentChange.check(organisation.version(), version, "This organisation");
        refuseIfInvalid(form);
        describe(organisation, form);
        em.flush();
        return views.view(organisation);
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public Page<OrganisationSummary> search(OrganisationQuery query) {
        return list.page(query);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OrganisationView addContact(long organisationId, ContactForm form) {
        Organisation organisation = records.organisation(organisationId);
        ContactNotice.refusal(form.source(), form.noticeGiven()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        long subjectId = form.person().idIn(register);
        records.unrestricted(subjectId);
        ContactChanges.refusal(organisation.kinds(), records.contactsOf(organisationId), subjectId, form.kind(),
                form.startsOn(), form.endsOn()).ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        OrganisationContact contact = new OrganisationContact(organisationId, subjectId, form.kind(),
                Texts.blankToNull(form.role()), Texts.blankToNull(form.workEmail()),
                Texts.blankToNull(form.workPhone()), form.startsOn(), form.endsOn(), caller(), calendar.now());
        em.persist(contact);
        register.addCategory(subjectId, form.kind().contactCategory());
        em.flush();
        ContactNotice.record(notices, organisation, contact, form.source(), form.noticeGiven(), calendar.today());
        return views.view(organisation);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OrganisationView recordService(long organisationId, ServiceForm form) {
        Organisation organisation = records.organisation(organisationId);
        List<OrganisationContact> contacts = records.contactsOf(organisationId);
        ContactChanges.serviceRefusal(contacts, form.contactSubjectId()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        if (form.contactSubjectId() != null) {
            records.unrestricted(form.contactSubjectId());
        }
        em.persist(new ServiceRecord(organisationId, form.description().trim(), form.providedOn(),
                form.contactSubjectId(), caller(), calendar.now()));
        em.flush();
        return views.view(organisation);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = CONTACT)
    public OrganisationView changeContact(long organisationId, long contactId, long version, ContactChangeForm form) {
        OrganisationContact contact = records.contact(organisationId, contactId, version);
        records.unrestricted(contact.subjectId());
        ContactChanges.changeRefusal(form.startsOn(), form.endsOn()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        contact.change(Texts.blankToNull(form.role()), Texts.blankToNull(form.workEmail()),
                Texts.blankToNull(form.workPhone()), form.startsOn(), form.endsOn());
        em.flush();
        return views.view(records.organisation(organisationId));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = CONTACT)
    public OrganisationView recordMarketingBasis(long organisationId, long contactId, long version,
            MarketingBasisForm form) {
        Organisation organisation = records.organisation(organisationId);
        OrganisationContact contact = records.contact(organisationId, contactId, version);
        records.unrestricted(contact.subjectId());
        MarketingRules.refusal(form, contact.kind(), organisation.status()).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
        if (form.basis() == MarketingBasis.CONSENT) {
            consents.record(new ConsentForm(contact.subjectId(), ConsentLedger.MARKETING, form.noticeVersionId(),
                    form.wording(), form.method(), form.givenOn(), null, form.evidenceDocument(), form.agreed()),
                    OrganisationViews.CONTEXT, contact.id());
            contact.consentToMarketing(caller());
        } else {
            contact.softOptIn(form.similarOffer().trim(), caller());
        }
        em.flush();
        return views.view(organisation);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = CONTACT)
    public OrganisationView withdrawMarketing(long organisationId, long contactId, long version,
            ConsentMethod how) {
        OrganisationContact contact = records.contact(organisationId, contactId, version);
        ConsentView consent = contact.marketingBasis() == MarketingBasis.CONSENT ? consents.latestFor(
                OrganisationViews.CONTEXT, ConsentLedger.MARKETING, List.of(contact.id())).get(contact.id()) : null;
        if (contact.marketingBasis() == null || contact.marketingWithdrawnOn() != null
                || (contact.marketingBasis() == MarketingBasis.CONSENT && (consent == null || !consent.inForce()))) {
            throw new RequestRefused("There is no consent or soft opt-in in force to withdraw.");
        }
        if (consent != null) {
            if (how == null) {
                throw new RequestRefused("Choose how the contact withdrew their consent.");
            }
            consents.withdraw(consent.id(), consent.version(), new WithdrawalForm(how, calendar.today()));
        } else {
            contact.withdrawMarketing(calendar.today(), caller());
        }
        em.flush();
        return views.view(records.organisation(organisationId));
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = CONTACT)
    public List<MarketingContact> marketingList(OrganisationKind kind) {
        return marketing.of(kind, calendar.today());
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = CONTACT)
    public List<ContactRole> contactRolesOf(long subjectId) {
        return records.rolesOf(subjectId);
    }

    private static void refuseIfInvalid(OrganisationDetailsForm form) {
        OrganisationChanges.refusal(form).ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }

    private static void describe(Organisation organisation, OrganisationDetailsForm form) {
        organisation.describe(form.name().trim(), form.kinds(), Texts.blankToNull(form.registrationNumber()),
                Texts.blankToNull(form.address()), Texts.blankToNull(form.website()), form.relationshipStart(),
                form.relationshipEnd(), form.status(), Texts.blankToNull(form.notes()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
