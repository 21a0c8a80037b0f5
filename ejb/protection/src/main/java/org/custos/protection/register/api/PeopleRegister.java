package org.custos.protection.register.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SubjectCategory;
import org.custos.security.api.SubjectId;

/** The people register (S1-S3): every person the organisation holds data about, once. HR and DPM. */
@Local
public interface PeopleRegister {

    Page<SubjectSummary> search(@NotNull @Valid SubjectQuery query);

    SubjectDetails details(@SubjectId long subjectId);

    /** People who may be the one on the form (S1): the same email, or the same names and date of birth. */
    List<SubjectSummary> possibleDuplicates(@NotNull @Valid SubjectForm form);

    SubjectDetails register(@NotNull @Valid SubjectForm form);

    /**
     * Saves an edit made to {@code version} of the record.
     *
     * @throws org.custos.security.api.ConcurrentChange when someone else saved it in between
     */
    SubjectDetails update(@SubjectId long subjectId, long version, @NotNull @Valid SubjectForm form);

    /** Adds a category to the person (S2), e.g. when an applicant is hired or named as a referee. */
    SubjectDetails addCategory(@SubjectId long subjectId, @NotNull SubjectCategory category);
}
