package org.custos.protection.notices.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.security.api.SubjectId;

/**
 * Which version of a privacy notice each person was given, and when (N2), for HR and the DPM: a notice given, a
 * notice owed for data obtained from someone else, the first communication or disclosure that brings it forward, a
 * group given one version at once, a person's history, and the notices owed by a day, paged. Every call is audited.
 * Only the issued version of a notice is recorded as given ({@link Notices#requireIssued}); a refusal is a
 * {@link org.custos.security.api.RequestRefused} in words.
 */
@Local
public interface NoticesGiven {

    /** The largest group recorded in one call. */
    int GROUP_MAX = 1000;

    /**
     * The person was given the version: the notice they were owed of its audience is marked given, or a new row
     * records it.
     *
     * @throws org.custos.security.api.RequestRefused when the version is not issued, or the day is in the future
     */
    NoticeGivenView give(@NotNull @Valid NoticeGivenForm form);

    /** A notice owed for the person's data obtained from someone else, due a month later (N2). */
    NoticeGivenView owe(@NotNull @Valid NoticeOwedForm form);

    /**
     * The first communication with the person or first disclosure of their data, which brings the deadline forward
     * if sooner; from the version read.
     */
    NoticeGivenView firstContact(long noticeGivenId, long version, @NotNull LocalDate on);

    /** Each person of the group was given the version, as {@link #give} does, in one call. */
    List<NoticeGivenView> giveToGroup(@NotNull @Valid NoticeGroupForm form);

    /** The person's notices, owed and given, newest first. */
    List<NoticeGivenView> history(@SubjectId long subjectId);

    /** The notices owed and due on or before {@code dueBy} (overdue first), a page of them. */
    Page<NoticeOwed> owedBy(@NotNull LocalDate dueBy, int first, int pageSize);

    /**
     * Sends the issued version to everyone who was given an older version of its notice, in the background, batch by
     * batch; returns at once with the people counted.
     *
     * @throws org.custos.security.api.RequestRefused when the new version is not issued or not newer
     */
    NoticeSendView sendNewVersion(@NotNull @Valid NoticeSendForm form);

    /** How far the sending has come. */
    NoticeSendView sending(long sendId);

    /** Goes on with a sending cut short (a failure, a restart) from the people not yet given the new version. */
    NoticeSendView resume(long sendId);
}
