package org.custos.protection.notices.internal;

import org.custos.domain.protection.NoticeVersion;
import org.custos.domain.shared.NoticeState;
import org.custos.protection.notices.api.NoticeCompleteness;
import org.custos.security.api.RequestRefused;

/**
 * N1: what a notice version accepts in each state. Only a draft is edited (an approved or issued version is not: a
 * new draft is copied from it); the DPM approves only a complete draft; only an approved and complete version is
 * issued.
 */
final class NoticeChanges {

    private NoticeChanges() {
    }

    static void requireDraft(NoticeVersion version) {
        if (version.state() != NoticeState.DRAFT) {
            throw new RequestRefused("Version " + version.number() + " is " + version.state().label()
                    .toLowerCase(java.util.Locale.UK) + " and is no longer edited: make a new draft from it.");
        }
    }

    static void requireApprovable(NoticeVersion version, NoticeCompleteness completeness) {
        requireDraft(version);
        if (!completeness.complete()) {
            throw new RequestRefused(completeness.refusal("Version " + version.number() + " cannot be approved"));
        }
    }

    static void requireIssuable(NoticeVersion version, NoticeCompleteness completeness) {
        if (version.state() != NoticeState.APPROVED) {
            throw new RequestRefused("Version " + version.number() + " cannot be issued: "
                    + (version.state() == NoticeState.DRAFT ? "the Data Protection Manager has not approved it yet."
                            : "it is " + version.state().label().toLowerCase(java.util.Locale.UK) + "."));
        }
        if (!completeness.complete()) {
            throw new RequestRefused(completeness.refusal("Version " + version.number() + " cannot be issued"));
        }
    }
}
