package org.custos.recruitment.api;

import java.time.LocalDate;
import org.custos.domain.shared.ApplicationSource;
import org.custos.domain.shared.ApplicationStatus;

/** One row of an application list; {@code applicantName} is empty once anonymised. */
public record ApplicationSummary(long id, long campaignId, String campaignTitle, Long subjectId,
        String applicantName, ApplicationSource source, LocalDate receivedOn, ApplicationStatus status,
        LocalDate reviewOn) {
}
