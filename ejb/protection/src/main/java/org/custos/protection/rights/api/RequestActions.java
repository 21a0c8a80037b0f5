package org.custos.protection.rights.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.custos.protection.purposes.api.PurposeStopView;
import org.custos.security.api.RecordId;

/**
 * Acting on erasure, restriction and objection requests (D5-D7, S3), the DPM only (rectification is
 * {@link Rectifications}): each context acts
 * in its own transaction and reports what it did and what it kept, and why; the people register goes last. The
 * recipients of the person's data (the disclosure log) are listed to be told, and when each was told is kept. Every
 * action is refused until the requester's identity is verified, or the DPM recorded why no check is needed (D1).
 */
@Local
public interface RequestActions {

    /**
     * D5: erases or anonymises the person's data in every context; once the register has erased the person, the
     * copies in their rights requests (this one included) go too, their hashes kept as evidence (R6).
     */
    List<OutcomeView> erase(@RecordId long requestId, long version);

    /** D6: from now on the person's data is only stored. */
    List<OutcomeView> restrict(@RecordId long requestId, long version);

    /** D6: lifting needs the day the person was told it would be lifted. */
    List<OutcomeView> liftRestriction(@RecordId long requestId, long version,
            @NotNull(message = "Enter the day the person was told the restriction would be lifted.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate personToldOn);

    /**
     * The recipients to tell about the rectification, erasure or restriction (D5, D6), copied from the disclosure
     * log when the request was acted on.
     */
    List<RecipientView> recipients(@RecordId long requestId);

    List<RecipientView> recipientTold(@RecordId long requestId, long noticeId, long version,
            @NotNull(message = "Enter the day the recipient was told.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate on);

    /**
     * D7: an objection to a use on legitimate interests (or a public task) stops that purpose for the person, unless
     * compelling grounds are recorded, which are then kept with the objection.
     */
    List<PurposeStopView> object(@RecordId long requestId, long version,
            @NotNull(message = "Choose the purpose objected to.") Long purposeId,
            @Size(max = 4000, message = "The grounds must have at most {max} characters.") String compellingGrounds);

    /**
     * L2, D7: the person's withdrawal of consent, through the consent ledger: each of their consents to the purpose in
     * force is marked withdrawn on the day the request was received, how it came (its channel), naming the request;
     * and the purpose stops for them from that day, once.
     */
    List<PurposeStopView> consentWithdrawn(@RecordId long requestId, long version,
            @NotNull(message = "Choose the purpose whose consent is withdrawn.") Long purposeId);

    /** S3, D7: an objection to direct marketing sets the person's do-not-contact flag. */
    RequestView stopDirectMarketing(@RecordId long requestId, long version);

    List<OutcomeView> outcomes(@RecordId long requestId);
}
