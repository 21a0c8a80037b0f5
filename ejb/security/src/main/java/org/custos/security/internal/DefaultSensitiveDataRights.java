package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.custos.domain.security.SensitiveRecord;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.SensitiveDataRights;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultSensitiveDataRights implements SensitiveDataRights {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    SensitiveDataOfPerson person;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.EXPORT, record = "SensitiveRecord")
    public SensitiveDataExport exportAbout(long subjectId) {
        return person.export(subjectId);
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = "SensitiveRecord")
    public boolean correct(long subjectId, long recordId, String content) {
        SensitiveRecord record = em.find(SensitiveRecord.class, recordId);
        if (record == null || record.subjectId() != subjectId) {
            return false;
        }
        record.correct(content);
        em.flush();
        return true;
    }

    @Override
    @Audited(value = AuditAction.ERASE, record = "SensitiveRecord")
    public SensitiveErasure eraseAbout(long subjectId) {
        return person.erase(subjectId, caller.getName(), "");
    }
}
