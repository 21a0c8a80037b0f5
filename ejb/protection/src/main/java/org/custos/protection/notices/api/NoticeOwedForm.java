package org.custos.protection.notices.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.NoticeAudience;

/** A notice owed for data not obtained from the person (N2): the person, the notice's audience, the day and source. */
public record NoticeOwedForm(
        @NotNull(message = "Choose the person.") Long subjectId,
        @NotNull(message = "Choose which notice they are owed.") NoticeAudience audience,
        @NotNull(message = "Enter the day their data was obtained.") LocalDate obtainedOn,
        @NotBlank(message = "Enter where their data came from.")
        @Size(max = NoticeOwedForm.SOURCE_MAX, message = "The source must have at most {max} characters.")
        String source) implements Serializable {

    /** The longest source kept, as the column. */
    public static final int SOURCE_MAX = 200;
}
