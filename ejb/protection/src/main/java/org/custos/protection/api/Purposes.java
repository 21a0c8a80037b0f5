package org.custos.protection.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

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
}
