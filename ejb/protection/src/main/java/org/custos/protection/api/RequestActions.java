package org.custos.protection.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import org.custos.security.api.RecordId;

/**
 * Acting on erasure, restriction and objection requests (D5-D7, S3), the DPM only: each context acts in its own
 * transaction and reports what it did and what it kept, and why; the people register goes last.
 */
@Local
public interface RequestActions {

    /** D5: erases or anonymises the person's data in every context. */
    List<OutcomeView> erase(@RecordId long requestId, long version);

    /** D6: from now on the person's data is only stored. */
    List<OutcomeView> restrict(@RecordId long requestId, long version);

    /** D6: lifting needs the day the person was told it would be lifted. */
    List<OutcomeView> liftRestriction(@RecordId long requestId, long version,
            @NotNull(message = "Enter the day the person was told the restriction would be lifted.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate personToldOn);

    /** S3, D7: an objection to direct marketing sets the person's do-not-contact flag. */
    RequestView stopDirectMarketing(@RecordId long requestId, long version);

    List<OutcomeView> outcomes(@RecordId long requestId);
}
