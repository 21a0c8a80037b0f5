package org.custos.protection.consent.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.custos.domain.shared.Role;
import org.custos.protection.consent.api.ConsentForm;
import org.custos.protection.consent.api.ConsentView;
import org.custos.protection.consent.api.Consents;
import org.custos.protection.consent.api.WithdrawalForm;
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

    @Inject
    DefaultConsentLedger ledger;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM})
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public ConsentView record(ConsentForm form) {
        return ledger.recorded(form, null, null);
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
