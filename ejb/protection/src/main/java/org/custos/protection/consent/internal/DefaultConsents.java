package org.custos.protection.consent.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.consent.api.ConsentsReceived;
import org.custos.protection.consent.api.ReceivedConsent;
import org.custos.protection.consent.api.ReceivedWithdrawal;
import org.custos.protection.consent.api.WithdrawalForm;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.RegisteredPeople;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.ValidatedArguments;

/** The consent ledger's facade (L2): HR and the DPM record, withdraw and read a person's consents, each audited. */
@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultConsents implements Consents {

    static final String RECORD = "Consent";

    /** The evidence note of a consent given on the website. */
    static final String WEBSITE = "Given on the website's form; sent in through the API.";

    @Inject
    DefaultConsentLedger ledger;

    @Inject
    RegisteredPeople people;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    PeopleRegister register;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ConsentView record(ConsentForm form) {
        return ledger.recorded(form, null, null);
    }

    @Override
    @RolesAllowed(ClientScope.Names.CONSENT)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ConsentsReceived receive(ReceivedConsent form) {
        List<Long> known = people.withEmail(form.person().email());
        long subjectId = known.size() == 1 ? known.get(0)
                : register.registerConfirmed(form.person().subjectForm(form.category())).id();
        ConsentView recorded = ledger.recorded(new ConsentForm(subjectId, form.purposeId(), form.noticeVersionId(),
                form.wording(), ConsentMethod.FORM, calendar.today(), WEBSITE, null, form.agreed()), null, null);
        return new ConsentsReceived(List.of(recorded.id()), List.of(subjectId));
    }

    @Override
    @RolesAllowed(ClientScope.Names.CONSENT)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ConsentsReceived receiveWithdrawal(ReceivedWithdrawal form) {
        List<Long> subjects = people.withEmail(form.email());
        List<Long> withdrawn = subjects.stream().flatMap(subject -> ledger.of(subject).stream())
                .filter(consent -> consent.purposeId() == form.purposeId() && consent.inForce())
                .map(consent -> ledger.withdraw(consent.id(), consent.version(),
                        new WithdrawalForm(ConsentMethod.FORM, calendar.today())).id())
                .toList();
        return new ConsentsReceived(withdrawn, subjects);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public ConsentView withdraw(long consentId, long version, WithdrawalForm form) {
        return ledger.withdraw(consentId, version, form);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.READ, record = RECORD)
    public List<ConsentView> history(long subjectId) {
        return ledger.of(subjectId);
    }

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public DocumentDownload evidence(long consentId) {
        return ledger.evidence(consentId);
    }
}
