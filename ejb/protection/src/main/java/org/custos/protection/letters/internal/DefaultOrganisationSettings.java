package org.custos.protection.letters.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import org.custos.domain.protection.Organisation;
import org.custos.domain.shared.Role;
import org.custos.protection.letters.api.OrganisationForm;
import org.custos.protection.letters.api.OrganisationSettings;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultOrganisationSettings implements OrganisationSettings {

    private static final String RECORD = "Organisation";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Override
    @AuditExempt("reads no personal data but the DPM's own work contact, printed on every letter")
    public OrganisationView organisation() {
        return view(em.find(Organisation.class, Organisation.ID));
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OrganisationView change(long version, OrganisationForm details) {
        Organisation organisation = open(version);
        organisation.change(text(details.controllerName()), text(details.address()), text(details.icoNumber()),
                text(details.dpmName()), text(details.dpmEmail()), text(details.dpmPhone()),
                text(details.signatoryName()), text(details.signatoryRole()), LocalDateTime.now(clock),
                caller.getName());
        return saved(organisation);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OrganisationView changeLogo(long version, byte[] logo) {
        Organisation organisation = open(version);
        organisation.logo(logo, LogoImage.typeOf(logo), LocalDateTime.now(clock), caller.getName());
        return saved(organisation);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public OrganisationView removeLogo(long version) {
        Organisation organisation = open(version);
        organisation.logo(null, null, LocalDateTime.now(clock), caller.getName());
        return saved(organisation);
    }

    private Organisation open(long version) {
        Organisation organisation = em.find(Organisation.class, Organisation.ID, LockModeType.OPTIMISTIC);
        ConcurrentChange.check(organisation.version(), version, "The organisation");
        return organisation;
    }

    private OrganisationView saved(Organisation organisation) {
        em.flush();
        return view(organisation);
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.version(), new OrganisationForm(o.controllerName(), o.address(), o.icoNumber(),
                o.dpmName(), o.dpmEmail(), o.dpmPhone(), o.signatoryName(), o.signatoryRole()), o.logo(),
                o.logoType(), o.updatedAt(), o.updatedBy());
    }

    /** A typed value, trimmed; blank is none. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
