package org.custos.protection.rights.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.security.api.RecordId;

/**
 * Rectification requests (D5), the DPM only: the corrections the person asked for, field by field, chosen from what
 * each context lists as correctable, then made through the personal-data SPI, each context in its own transaction
 * with its outcome (a correction a context cannot make is reported with the reason). The recipients of the person's
 * data are then listed to be told ({@link RequestActions#recipients}). Corrections are made only once the requester's
 * identity is verified, or the DPM recorded why no check is needed (D1).
 */
@Local
public interface Rectifications {

    /** The fields of the person's records that a correction may name, from every context. */
    List<CorrectableFieldView> correctable(@RecordId long requestId);

    /** The corrections the request asks for, in the order they were added, with whether each was made. */
    List<CorrectionView> corrections(@RecordId long requestId);

    /** Adds a correction to make, to a field one of the contexts listed as correctable. */
    List<CorrectionView> add(@RecordId long requestId, @NotNull @Valid CorrectionForm form);

    /** Takes back a correction not yet made. */
    List<CorrectionView> remove(@RecordId long requestId, long correctionId, long version);

    /** Makes the corrections still to make, context by context, and lists the recipients to tell. */
    List<OutcomeView> rectify(@RecordId long requestId, long version);
}
