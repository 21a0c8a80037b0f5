package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SpecialCategory;

/**
 * Special-category and criminal-records data behind the DPM's approval gate (L4), encrypted at rest (X3).
 * Reading or entering a category about a person needs an approval in force that covers it; a refusal throws
 * {@link AccessRefused} and is audited. The DPM may read without one, for oversight, and that is audited too.
 */
@Local
public interface SensitiveData {

    /** Per category, the approvals in force and the pending requests about this person. */
    List<CategoryAccess> access(@SubjectId long subjectId, @NotNull Set<String> groups);

    /**
     * @throws AccessRefused without an approval in force for the person, category and purpose, or when the
     *         person's data is restricted (D6)
     * @throws RequestRefused when the document is not a PDF, DOCX, ODT, PNG or JPEG by its content
     */
    SensitiveRecordView record(@SubjectId long subjectId, @NotNull @Valid SensitiveRecordForm form);

    /** @throws AccessRefused without an approval in force for the person and category (the DPM excepted) */
    SensitiveReading read(@SubjectId long subjectId, @NotNull SpecialCategory category,
            @NotNull Set<String> groups);

    /**
     * The document attached to one record, behind the same gate as reading the record.
     *
     * @throws AccessRefused without an approval in force for the record's person, category and purpose (the DPM
     *     excepted), or when the person's record has no document
     */
    DocumentDownload document(@SubjectId long subjectId, @RecordId long recordId, @NotNull Set<String> groups);
}
