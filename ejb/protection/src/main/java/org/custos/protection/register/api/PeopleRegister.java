package org.custos.protection.register.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.SubjectCategory;
import org.custos.security.api.SubjectId;

/** The people register (S1-S3): every person the organisation holds data about, once. HR and DPM. */
@Local
public interface PeopleRegister {

    Page<SubjectSummary> search(@NotNull @Valid SubjectQuery query);

    SubjectDetails details(@SubjectId long subjectId);

    /**
     * Registers the person on the form, unless someone already on the register may be them (S1): the same email, or
     * the same names and date of birth. Then no one is registered and the answer names those people, for the user
     * to choose one or to confirm that the person is someone else ({@link #registerConfirmed}).
     */
    Registration register(@NotNull @Valid SubjectForm form);

    /** Registers the person on the form once the user has confirmed that they are none of the possible duplicates. */
    SubjectDetails registerConfirmed(@NotNull @Valid SubjectForm form);

    /**
     * Saves an edit made to {@code version} of the record.
     *
     * @throws org.custos.security.api.ConcurrentChange when someone else saved it in between
     */
    SubjectDetails update(@SubjectId long subjectId, long version, @NotNull @Valid SubjectForm form);

    /** Adds a category to the person (S2), e.g. when an applicant is hired or named as a referee. */
    SubjectDetails addCategory(@SubjectId long subjectId, @NotNull SubjectCategory category);
}
