package org.custos.protection.processing.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.custos.domain.protection.Organisation;
import org.custos.domain.shared.Role;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.processing.api.ProcessingRecord;
import org.custos.protection.processing.api.RecordOfProcessing;
import org.custos.protection.shared.Dates;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultProcessingRecord implements ProcessingRecord {

    private static final String RECORD = "RecordOfProcessing";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ActivityAssembler activities;

    @Inject
    ComplianceCalendar calendar;

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public RecordOfProcessing record() {
        return assemble();
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public byte[] xlsx() {
        return ProcessingRecordXlsx.render(assemble());
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = RECORD)
    public byte[] pdf() {
        return ProcessingRecordPdf.render(assemble());
    }

    private RecordOfProcessing assemble() {
        Organisation organisation = em.find(Organisation.class, Organisation.ID);
        RecordOfProcessing.Controller controller = organisation == null
                ? new RecordOfProcessing.Controller("", "", "", "", "", "")
                : new RecordOfProcessing.Controller(organisation.controllerName(), organisation.address(),
                        organisation.icoNumber(), organisation.dpmName(), organisation.dpmEmail(),
                        organisation.dpmPhone());
        return new RecordOfProcessing(Dates.text(calendar.now()), controller, activities.activities(calendar.today()));
    }
}
