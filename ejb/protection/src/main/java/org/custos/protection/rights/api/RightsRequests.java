package org.custos.protection.rights.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.ClockStop;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.Page;
import org.custos.domain.shared.RefusalGround;
import org.custos.security.api.RecordId;

/**
 * Rights requests (D1-D4) and their clock: HR logs what arrived; the DPM checks identity (or records why no check
 * is needed: nothing is disclosed or acted on before, D1), stops and restarts the clock, extends with a reason and a
 * notice sent in time, refuses with reasons (the letter goes with it), records a fee, and records the day the
 * response went. Every read and change is audited.
 */
@Local
public interface RightsRequests {

    RequestView log(@NotNull @Valid RequestForm form);

    /**
     * A request sent in by another system (the website's form) under its intake token: the person is registered as
     * they gave themselves (confirmed as someone new: the sender must not learn who is on the register, S1 is for the
     * DPM's identity check, D1), the request logged as arriving by web form today, with the same clock as
     * {@link #log}. The answer tells only the request's number and due day.
     */
    RequestReceipt receive(@NotNull @Valid ReceivedRequest form);

    RequestView request(@RecordId long requestId);

    /** The open requests, soonest due first (stopped clocks last): those due this week on the DPM's home page. */
    List<RequestSummary> open();

    /** Requests open and closed, filtered, newest received first: the request list. */
    Page<RequestSummary> search(@NotNull @Valid RequestQuery query);

    /** The same rows as {@link #search}, for a file: audited as an export. */
    Page<RequestSummary> export(@NotNull @Valid RequestQuery query);

    /** Every request about a person, newest first. */
    List<RequestSummary> about(long subjectId);

    /** D1: more information requested stops the clock ({@link ClockStop#IDENTITY}); verified restarts it. */
    RequestView identity(@RecordId long requestId, long version, @NotNull IdentityCheck check,
            @NotNull(message = "Enter the day.") @PastOrPresent(message = "The day cannot be in the future.")
            LocalDate on);

    /**
     * D1: the DPM records why no check of the requester's identity is needed (a request made in person by a known
     * member of staff, say), kept with who recorded it and the day; like a verification, it ends an identity stop.
     */
    RequestView identityCheckNotNeeded(@RecordId long requestId, long version,
            @NotBlank(message = "Say why no check of the requester's identity is needed.")
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /**
     * D2: waiting for a representative's authority or a fee stops the clock until the month restarts from the
     * day it arrives; waiting for clarification only pauses it.
     */
    RequestView stopClock(@RecordId long requestId, long version, @NotNull(message = "Choose what is awaited.")
            ClockStop reason, @NotNull(message = "Enter the day.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate on);

    /** D2: what was awaited arrived on {@code on}; the month restarts from that day, or a pause ends. */
    RequestView restartClock(@RecordId long requestId, long version, @NotNull(message = "Enter the day.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate on);

    /**
     * D2: two further months, for a recorded reason.
     *
     * @throws org.custos.security.api.RequestRefused after the first month, or when extended already
     */
    RequestView extend(@RecordId long requestId, long version,
            @NotBlank(message = "Give the reason for the extension (complex, or one of several requests).")
            @Size(max = 2000, message = "The reason must have at most {max} characters.") String reason);

    /** @throws org.custos.security.api.RequestRefused for a notice after the first month */
    RequestView extensionNoticeSent(@RecordId long requestId, long version,
            @NotNull(message = "Enter the day the notice was sent.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate on);

    /** D4: refuses the request with written reasons and keeps the letter telling the person of their rights. */
    RequestView refuse(@RecordId long requestId, long version, @NotNull(message = "Choose the ground.")
            RefusalGround ground, @NotBlank(message = "Write the reasons for the refusal.")
            @Size(max = 4000, message = "The reasons must have at most {max} characters.") String reasons);

    /** A reasonable fee for further copies (D4), in pence. */
    RequestView fee(@RecordId long requestId, long version,
            @NotNull(message = "Enter the fee.") @Min(value = 1, message = "The fee must be at least 1p.")
            @Max(value = 100000, message = "The fee must be at most £1,000.") Integer pence,
            @NotBlank(message = "Say what the fee is for.")
            @Size(max = 500, message = "What the fee is for must have at most {max} characters.") String reason);

    /** The response went to the person on {@code on}; the request is closed. */
    RequestView responded(@RecordId long requestId, long version, @NotNull(message = "Enter the day it was sent.")
            @PastOrPresent(message = "The day cannot be in the future.") LocalDate on);

    /** The kept letter (response or refusal) as PDF, or the machine-readable copy as JSON. */
    PackFile packFile(@RecordId long requestId, @NotNull PackFile.Format format);
}
