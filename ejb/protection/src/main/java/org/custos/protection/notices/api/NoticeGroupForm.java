package org.custos.protection.notices.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.NoticeMethod;

/** A group given one issued version on one day, one way (N2), e.g. every member of staff at once. */
public record NoticeGroupForm(
        @NotEmpty(message = "Choose the people given the notice.")
        @Size(max = NoticesGiven.GROUP_MAX, message = "Record at most {max} people at once.")
        List<@NotNull Long> subjectIds,
        @NotNull(message = "Choose the version of the notice they were given.") Long noticeVersionId,
        @NotNull(message = "Enter the day they were given the notice.") LocalDate givenOn,
        @NotNull(message = "Choose how they were given the notice.") NoticeMethod method) implements Serializable {
}
