package org.custos.protection.notices.api;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.NoticeMethod;

/** A notice given as HR or the DPM records it (N2): the person, the issued version, the day and how. */
public record NoticeGivenForm(
        @NotNull(message = "Choose the person.") Long subjectId,
        @NotNull(message = "Choose the version of the notice they were given.") Long noticeVersionId,
        @NotNull(message = "Enter the day they were given the notice.") LocalDate givenOn,
        @NotNull(message = "Choose how they were given the notice.") NoticeMethod method) implements Serializable {
}
