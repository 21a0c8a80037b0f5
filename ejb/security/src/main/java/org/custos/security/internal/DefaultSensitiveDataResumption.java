package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.SensitiveDataResumption;
import org.custos.security.api.SensitiveDataRights.SensitiveDataExport;
import org.custos.security.api.SensitiveDataRights.SensitiveErasure;
import org.custos.security.api.ValidatedArguments;

/**
 * The server's door to a person's sensitive records when it finishes, at its start, an erasure or a compile the DPM
 * started (D3, D5). {@code @PermitAll} on purpose, like the retention carrier: no one is signed in then, the DPM's
 * role was checked when the work started, and this finishes only that work. Chosen over a run-as role, which would
 * give the whole resumption every DPM permission and need a principal mapped on each kind of server (Payara Server,
 * Payara Micro): this opens two calls and nothing else. The web cannot reach it (an architecture rule); the entries
 * it writes have the container's name for no one as their actor, and the rights engine's own entry names the DPM.
 */
@Stateless
@ValidatedArguments
@PermitAll
public class DefaultSensitiveDataResumption implements SensitiveDataResumption {

    @Inject
    SensitiveDataOfPerson person;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.ERASE, record = "SensitiveRecord")
    public SensitiveErasure eraseAbout(long subjectId, String startedBy) {
        return person.erase(subjectId, caller.getName(), ", finished by the server after a restart (started by "
                + startedBy + ")");
    }

    @Override
    @Audited(value = AuditAction.EXPORT, record = "SensitiveRecord")
    public SensitiveDataExport exportAbout(long subjectId) {
        return person.export(subjectId);
    }
}
