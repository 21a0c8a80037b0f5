package org.custos.security.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.custos.domain.shared.SpecialCategory;

/**
 * Special-category or criminal-records data to record about a person (L4), in the recording context, for a
 * purpose. {@code groups} are the groups the person belongs to in that context (an approval for a group covers
 * its members). {@code document} is optional. {@code keptByContext}: the recording context keeps the record with its
 * own records and erases it with them ({@link KeptSensitiveRecords}), so a person's erasure leaves it.
 */
public record SensitiveRecordForm(
        @NotBlank @Size(max = 40) String context,
        @NotNull Set<String> groups,
        @NotNull(message = "Choose the category of data.") SpecialCategory category,
        @NotNull(message = "Choose the purpose.") Long purposeId,
        @NotBlank(message = "Enter what is to be recorded.")
        @Size(max = 20000, message = "The text must have at most {max} characters.") String content,
        @Valid DocumentUpload document,
        boolean keptByContext) implements Serializable, ForPurpose {

    /** A record that the security context erases with the person. */
    public SensitiveRecordForm(String context, Set<String> groups, SpecialCategory category, Long purposeId,
            String content, DocumentUpload document) {
        this(context, groups, category, purposeId, content, document, false);
    }
}
