package org.custos.protection.rights.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.custos.domain.shared.Role;
import org.custos.protection.rights.api.PersonalDataHolders;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

/** Finds the holders with CDI: every bean implementing the SPI in any module of the application (ADR 0003). */
@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultPersonalDataHolders implements PersonalDataHolders {

    @Inject
    HolderRegistry holders;

    @Override
    @AuditExempt("reads no personal data: the names of the contexts that hold personal data")
    public List<String> contexts() {
        return holders.contexts();
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = "DataSubject")
    public List<SubjectDataSection> export(long subjectId) {
        return holders.sorted().stream().map(holder -> holder.export(subjectId)).toList();
    }
}
