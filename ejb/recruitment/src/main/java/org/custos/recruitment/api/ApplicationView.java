package org.custos.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;
import org.custos.security.api.AuditedRecord;

/**
 * An application as its detail page shows it: the applicant, source and notice clock (N2), status with the moves
 * the caller may make next, retention dates (R1, R2), documents, assessments, talent-pool consent and timeline.
 * {@code applicantRestricted}: the applicant's data is restricted (D6), so nothing of the application changes.
 * {@code changeable}: the caller may add documents and assessments (open, or after hire HR, or a hiring manager
 * while {@code managersLeave}, HR's leave for the hiring managers, stands; null when none does).
 */
public record ApplicationView(long id, long version, long campaignId, String campaignTitle, String jobRole,
        Long subjectId, String applicantName, boolean applicantRestricted, ApplicationSource source,
        String sourceName, LocalDate receivedOn, NoticeClock notice, ApplicationStatus status, String closingReason,
        List<ApplicationStatus> nextSteps, RetentionDates retention, List<DocumentView> documents,
        List<AssessmentView> assessments, TalentPoolConsentView talentPoolConsent, LocalDate hiredOn,
        LocalDate startsOn, boolean changeable, ManagersLeave managersLeave, List<TimelineEntry> timeline)
        implements Serializable, AuditedRecord {

    public ApplicationView {
        nextSteps = List.copyOf(nextSteps);
        documents = List.copyOf(documents);
        assessments = List.copyOf(assessments);
        timeline = List.copyOf(timeline);
    }

    @Override
    public Long auditSubjectId() {
        return subjectId;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }

    /**
     * N2: the job applicants' privacy notice as the ledger of notices given records it for the application: the day
     * it is due (the calendar's period from receipt when the data came from an agency or a referrer, or sooner at
     * the first contact; the day received when it came from the applicant), the day given and {@code given}, what
     * was given in words ("Job applicants, version 2, by email"; "given before versions were recorded"). With no
     * record on the ledger: an application from others received before the ledger still owes it a period after
     * receipt; a direct one shows nothing ({@code dueOn} null).
     */
    public record NoticeClock(LocalDate dueOn, LocalDate givenOn, long daysLeft, String given) implements Serializable {

        public boolean required() {
            return dueOn != null;
        }

        public boolean outstanding() {
            return dueOn != null && givenOn == null;
        }

        public boolean overdue() {
            return outstanding() && daysLeft < 0;
        }
    }

    /** HR's leave for the campaign's hiring managers to change a hired applicant's application: who, when. */
    public record ManagersLeave(String givenBy, LocalDateTime givenAt) implements Serializable {
    }

    /** One step of the timeline. */
    public record TimelineEntry(LocalDateTime at, String actor, ApplicationStatus from, ApplicationStatus to,
            String note) implements Serializable {
    }
}
