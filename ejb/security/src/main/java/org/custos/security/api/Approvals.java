package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.Page;

/**
 * The DPM's prior approval (L4, L5): anyone who works with people's records asks; the DPM approves with an end
 * date, rejects with a reason, or revokes; nobody decides their own request.
 */
@Local
public interface Approvals {

    /**
     * @throws RequestRefused for a group no context forms, an account named to use it that cannot (not active,
     *         or no role that sees personal data), or an end date in the past
     */
    ApprovalView request(@NotNull @Valid ApprovalRequestForm form);

    /**
     * The label of the group with this key, as a request for it will show it.
     *
     * @throws RequestRefused when no context forms a group with this key
     */
    String groupLabel(@NotNull String groupKey);

    /** @throws RequestRefused for one's own request, a decided request or an end date in the past */
    ApprovalView approve(long approvalId, long version,
            @NotNull(message = "Enter the date the approval ends.") LocalDate until,
            @Size(max = 2000, message = "The note must have at most {max} characters.") String note);

    ApprovalView reject(long approvalId, long version,
            @NotBlank(message = "Give the reason for rejecting.")
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /** Ends an approval at once: from now on it covers nothing. */
    ApprovalView revoke(long approvalId, long version,
            @NotBlank(message = "Give the reason for revoking.")
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /**
     * One request for approval, for the DPM and the person who asked.
     *
     * @throws AccessRefused (audited, naming the request) for anyone else
     */
    ApprovalView approval(@RecordId long approvalId);

    /** The DPM's list. */
    Page<ApprovalView> search(@NotNull @Valid ApprovalQuery query);

    /** Approvals in force that end on or before {@code date}: the DPM's reminder. */
    List<ApprovalView> endingBy(@NotNull LocalDate date);

    /** The caller's own requests of one status (or any), newest first, one page: what they wait for. */
    Page<ApprovalView> mine(@NotNull @Valid ApprovalQuery query);

    /** Every request about one person, newest first. */
    List<ApprovalView> about(@SubjectId long subjectId);

    /**
     * L5: refuses (and audits the refusal) unless the caller works in HR or holds a written approval in force to
     * use this area's data about the person (directly or through one of {@code groups}), and the person's data
     * is not restricted (D6).
     */
    void requireUseOutsideHr(@SubjectId long subjectId, @NotNull Set<String> groups, @NotNull DataArea area);

    /**
     * L5: the approvals in force today that let the caller, outside HR, use one person's HR or finance data;
     * those ending soonest first, one page.
     */
    Page<ApprovalView> sharedWithMe(@Min(0) int first, @Min(1) @Max(200) int pageSize);
}
