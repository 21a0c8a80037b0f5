package org.custos.protection.notices.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.NoticeAudience;
import org.custos.security.api.DocumentUpload;

/**
 * Privacy notices and their versions (N1). The DPM writes, approves and issues them; HR reads them, to hand them out;
 * every account may ask which version is issued and check a version it records as given (N2, the consent ledger).
 * Changes take the version read ({@code version}) and refuse a change saved in between
 * ({@link org.custos.security.api.ConcurrentChange}); a refusal is a {@link org.custos.security.api.RequestRefused}
 * in words.
 */
@Local
public interface Notices {

    /** Every notice with its issued version and draft, by name; the DPM and HR. */
    List<NoticeSummary> notices();

    /** One notice with its versions, newest first; the DPM and HR. */
    NoticeView notice(long noticeId);

    /** A version in full with its checklist; the DPM and HR. */
    NoticeVersionView versionInFull(long versionId);

    /** The version's PDF; the DPM and HR. */
    NoticeFile document(long versionId);

    /** A version as others refer to it; every account, and a client recording a consent given on the website. */
    NoticeVersionSummary version(long versionId);

    /**
     * Every version issued, now or before (a person may have been given one since replaced), newest first: the
     * choice a form offers when it records what a person was told; every account.
     */
    List<NoticeVersionSummary> issuedVersions();

    /** The version issued for the audience (of its notices, the one issued last), if any; every account. */
    Optional<NoticeVersionSummary> issuedVersion(@NotNull NoticeAudience audience);

    /**
     * The version, which must exist and be the issued one of its notice; every account.
     *
     * @throws org.custos.security.api.RequestRefused when there is no such version or it is not issued
     */
    NoticeVersionSummary requireIssued(long versionId);

    /** A new notice with no versions; the DPM. */
    NoticeView add(@NotNull @Valid NoticeForm form);

    /** Renames a notice (its audience stays); the DPM. */
    NoticeView rename(long noticeId, long version, @NotNull @Valid NoticeForm form);

    /**
     * A new draft of the notice, copied from its newest version (empty for the first); the DPM.
     *
     * @throws org.custos.security.api.RequestRefused when the notice already has a draft or an approved version not
     *         yet issued
     */
    NoticeVersionView newDraft(long noticeId);

    /** Saves the draft's text (sanitised), purposes and checklist; the DPM. */
    NoticeVersionView save(long versionId, long version, @NotNull @Valid NoticeVersionForm form);

    /** Makes the draft's content the uploaded PDF (told by its content, ADR 0005); the DPM. */
    NoticeVersionView upload(long versionId, long version, @NotNull @Valid DocumentUpload pdf);

    /** Removes the draft's PDF; the DPM. */
    NoticeVersionView removeDocument(long versionId, long version);

    /** The DPM approves the draft's form and content; only a complete draft (N1). */
    NoticeVersionView approve(long versionId, long version);

    /**
     * Issues the approved, complete version; the version issued before it is withdrawn; the DPM.
     *
     * @throws org.custos.security.api.RequestRefused when the version is not approved or not complete (N1)
     */
    NoticeVersionView issue(long versionId, long version);
}
