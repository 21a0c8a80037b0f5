/**
 * Privacy notices and their versions (N1, ADR 0015 decision 2): a notice per audience, each version rich text or a
 * PDF, the purposes it covers, the checklist of what it states (a row per {@link org.custos.domain.shared.NoticeItem},
 * judged by {@link org.custos.protection.notices.api.NoticeCompleteness}), the DPM's approval of form and content,
 * and its issue, which withdraws the version issued before. The DPM changes them; HR reads them to hand them out;
 * every account may ask which version is issued ({@link org.custos.protection.notices.api.Notices#issuedVersion}),
 * for recording who was given which version (N2).
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.notices.api;
