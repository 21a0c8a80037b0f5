package org.custos.security.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Need to know (X1): lets {@code account} see one record ({@code recordId}) or a group of records
 * ({@code groupKey}, named by the owning context) of {@code recordType}, for a reason, until a date.
 * {@code subjectId} names the person the record is about, when there is one, for the audit trail.
 */
public record AccessGrantForm(
        @NotBlank(message = "Choose the account.") @Size(max = 100) String account,
        @NotBlank(message = "Enter the kind of record.")
        @Size(max = 60, message = "The kind of record must have at most {max} characters.") String recordType,
        @Size(max = 60, message = "The record id must have at most {max} characters.") String recordId,
        @Size(max = 120, message = "The group must have at most {max} characters.") String groupKey,
        Long subjectId,
        @NotBlank(message = "Give the reason the account needs to know.")
        @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason,
        @NotNull(message = "Enter until when the access is granted.") LocalDate validUntil) implements Serializable {

    @AssertTrue(message = "Name either one record or one group of records.")
    public boolean isScopeNamed() {
        return (recordId == null || recordId.isBlank()) != (groupKey == null || groupKey.isBlank());
    }
}
