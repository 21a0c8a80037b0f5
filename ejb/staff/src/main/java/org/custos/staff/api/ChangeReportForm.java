package org.custos.staff.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A change a member of staff reports to one of their own details (A1): the detail as {@link OwnRecordView.OwnDetail}
 * names it, and the new value (blank when the value should go). The holder's rules check the value when HR applies it.
 */
public record ChangeReportForm(
        @NotBlank(message = "Choose the detail to change.") String context,
        @NotBlank(message = "Choose the detail to change.") String recordType,
        @NotBlank(message = "Choose the detail to change.") String recordId,
        @NotBlank(message = "Choose the detail to change.") String field,
        @Size(max = 500, message = "The new value must have at most {max} characters.") String value)
        implements Serializable {
}
