/**
 * Privacy notices and their versions (N1, ADR 0015 decision 2): a notice per audience, each version rich text or a
 * PDF, the purposes it covers, the checklist of what it states (a row per {@link org.custos.domain.shared.NoticeItem},
 * judged by {@link org.custos.protection.notices.api.NoticeCompleteness}), the DPM's approval of form and content,
 * and its issue, which withdraws the version issued before. The DPM changes them; HR reads them to hand them out;
 * every account may ask which version is issued ({@link org.custos.protection.notices.api.Notices#issuedVersion}),
 * for recording who was given which version (N2).
 * <p>
 * Who was given which version, and when (N2, ADR 0015 decision 3): {@link
 * org.custos.protection.notices.api.NoticesGiven} is the facade of HR and the DPM (a notice given, owed, brought
 * forward by a first communication or disclosure, given to a group; a person's history; the notices owed by a day,
 * paged); {@link org.custos.protection.notices.api.NoticeLedger} is how the record contexts record the notice they owe
 * when they collect, inside their own audited calls. The deadline is the calendar's ({@code noticeDue}).
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.notices.api;
