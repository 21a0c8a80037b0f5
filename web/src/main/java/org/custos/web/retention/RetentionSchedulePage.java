package org.custos.web.retention;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.retention.api.RetentionSchedule;
import org.custos.protection.retention.api.ScheduleRule;
import org.custos.protection.retention.api.ScheduleVersion;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The retention schedule (R1-R6): every rule the deployed contexts declare with its period now and the policy's
 * default, the schedule's versions, and the schedule as the retention policy document (PDF) and CSV.
 */
@Named
@ViewScoped
public class RetentionSchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RetentionSchedule schedule;

    private List<ScheduleRule> rules;
    private List<ScheduleVersion> versions;

    public List<ScheduleRule> getRules() {
        if (rules == null) {
            rules = FacadeCall.attemptToShow(schedule::rules).orElse(List.of());
        }
        return rules;
    }

    public List<ScheduleVersion> getVersions() {
        if (versions == null) {
            versions = FacadeCall.attemptToShow(schedule::versions).orElse(List.of());
        }
        return versions;
    }

    /** The version in force now. */
    public int getCurrentVersion() {
        return getVersions().isEmpty() ? 1 : getVersions().get(0).number();
    }

    /** When a version was made, in words: "3 December 2026 10:00". */
    public String when(ScheduleVersion version) {
        return OrganisationTime.MOMENT.format(version.changedAt());
    }

    public StreamedContent getPdf() {
        return FacadeCall.attempt(schedule::pdf).map(pdf -> download(pdf, "retention-schedule.pdf",
                "application/pdf")).orElse(null);
    }

    public StreamedContent getCsv() {
        return FacadeCall.attempt(schedule::csv).map(csv -> download(csv, "retention-schedule.csv", "text/csv"))
                .orElse(null);
    }

    private static StreamedContent download(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }
}
