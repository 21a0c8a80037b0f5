package org.custos.protection.retention.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.Role;
import org.custos.protection.retention.api.RetentionRuns;
import org.custos.protection.retention.api.RunProgress;
import org.custos.protection.retention.api.RunSummary;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultRetentionRuns implements RetentionRuns {

    private static final String RECORD = "RetentionRun";

    @Inject
    RetentionRunner runner;

    @Inject
    RunViews views;

    @Inject
    Principal caller;

    @Override
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public RunProgress runNow() {
        long runId = runner.start(caller.getName()).orElseThrow(() -> new RequestRefused(views.busy()));
        return views.progress(runId);
    }

    @Override
    @AuditExempt("reads no personal data: how many records each context found due, and who started each run")
    public Optional<RunProgress> progress() {
        return views.latest();
    }

    @Override
    @AuditExempt("reads no personal data: how many records each context found due, and who started each run")
    public Page<RunSummary> runs(int first, int pageSize) {
        return views.runs(first, pageSize);
    }
}
