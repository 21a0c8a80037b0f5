package org.custos.protection.purposes.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/** The purposes and their lawful bases (L1, L3): the DPM edits them; every account reads them. */
@Local
public interface Purposes {

    List<PurposeView> purposes();

    PurposeView purpose(long purposeId);

    /**
     * Creates the purpose when the form has no id, otherwise saves an edit made to its version.
     *
     * @throws org.custos.security.api.ConcurrentChange when someone else saved it in between
     */
    PurposeView save(@NotNull @Valid PurposeForm form);

    /**
     * Saves the Art 30 fields of a purpose that no record knows (the DPM's).
     *
     * @throws org.custos.security.api.ConcurrentChange when someone else saved the purpose in between
     */
    PurposeView saveArticle30(@RecordId long purposeId, @NotNull @Valid Article30Form form);

    /** The purposes a person objected to or withdrew consent for (D7, L2); HR and the DPM. */
    List<PurposeStopView> stoppedFor(@SubjectId long subjectId);
}
