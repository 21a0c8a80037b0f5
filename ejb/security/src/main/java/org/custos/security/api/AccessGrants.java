package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Need to know (X1): which account may see which record or group of records, why and until when, granted by
 * whom. The contexts whose records are seen only by named people (hiring managers, complaint handlers) ask
 * {@link #require} before showing a record.
 */
@Local
public interface AccessGrants {

    AccessGrantView grant(@NotNull @Valid AccessGrantForm form);

    /** Ends a grant at once. */
    AccessGrantView revoke(long grantId, long version);

    /**
     * The DPM's emergency access to any record, for the rest of the day: the typed reason is kept with the grant
     * and the audit trail flags it.
     */
    AccessGrantView breakGlass(@NotBlank @Size(max = 60) String recordType, @NotBlank @Size(max = 60) String recordId,
            @SubjectId Long subjectId,
            @NotBlank(message = "Type the reason for the emergency access.")
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /** Grants in force, newest first. */
    List<AccessGrantView> inForce();

    /**
     * How the caller may see the record: through a grant in force for it or for one of its {@code groups}, or
     * through a break-glass access. Asked by another audited facade, the check and a break-glass opening are told in
     * that facade's one entry (X2).
     *
     * @throws AccessRefused (audited) when nothing lets the caller see it
     */
    AccessBasis require(@NotBlank String recordType, @RecordId @NotBlank String recordId,
            @NotNull Set<String> groups);
}
