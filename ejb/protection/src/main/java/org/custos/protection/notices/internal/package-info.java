/**
 * The notices facade and the N1 rules beside it: {@link org.custos.protection.notices.internal.NoticeChanges} (what
 * each state accepts: only drafts change, only a complete draft is approved, only an approved, complete version is
 * issued), {@link org.custos.protection.notices.internal.NoticeText} (the rich text sanitised server-side with
 * jsoup's allow-list), and the views ({@code NoticeViews}). Completeness itself is
 * {@link org.custos.protection.notices.api.NoticeCompleteness}, in the api so the page shows the same judgement.
 * The notices given and owed (N2): the facade {@code DefaultNoticesGiven}, the ledger the contexts call
 * ({@code DefaultNoticeLedger}) and {@link org.custos.protection.notices.internal.NoticeGivenRules} (given or obtained on
 * a day that has come; a first communication or disclosure only while owed, for data obtained from someone else).
 * {@code NoticeDueDays} moves the due days of the notices owed when the DPM changes the period (it observes
 * {@code calendar.api.NoticePeriodChanged}), so that the list of the notices owed stays paged in SQL on the stored day.
 * The ledger also gives the register's holder a person's notices for their copy (D3) and erases them with the person.
 * A new version sent to everyone who had an older one runs in the background ({@code NoticeSender}, a batch a
 * transaction in {@code NoticeSendSteps}), one server at a time through the sending's lease ({@code NoticeSendLease});
 * a sending left running when a server stopped is carried on at the next start ({@code SendingsLeftRunning}).
 * <p>
 * May use: {@code notices.api}, {@code calendar.api}, {@code register.api} (the person), the security module's {@code api}, the entities of
 * {@code domain.protection}, {@code domain.document} (the upload told by its content, ADR 0005), jsoup, MicroProfile Config (the lease's length).
 */
package org.custos.protection.notices.internal;
