package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.security.api.AuditedRecord;

/** A campaign with its applicants counted by status. */
public record CampaignView(long id, long version, String title, String jobRole, LocalDate opensOn,
        LocalDate closesOn, CampaignStage stage, Set<String> hiringManagers,
        Map<ApplicationStatus, Long> applicantsByStatus) implements Serializable, AuditedRecord {

    public CampaignView {
        hiringManagers = Set.copyOf(hiringManagers);
        applicantsByStatus = Map.copyOf(applicantsByStatus);
    }

    public long applicants() {
        return applicantsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long applicantsIn(ApplicationStatus status) {
        return applicantsByStatus.getOrDefault(status, 0L);
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }
}
