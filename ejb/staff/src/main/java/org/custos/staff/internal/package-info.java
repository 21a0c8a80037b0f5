/**
 * The staff context's implementation: the facades, the opening of a staff file at hire (an outbox row written in
 * the hire's transaction, opened after it commits, a failure kept for HR to retry) and the reasons a failure gives;
 * the list and the file's view (a statement per kind of row, never per row); the rules of a change of engagement and
 * of emergency contacts; the HR cases' rules (need to know {@code CaseAccess}: the handlers, never the person a case
 * is about nor the account linked to the person whose file holds it; what a case may record {@code CaseChanges}, the
 * warning's expiry {@code WarningExpiry}) and their reduction to a summary at expiry
 * ({@code HrCaseSummaries}, R3), their health or criminal-records details ({@code DefaultHrCaseSensitiveDetails},
 * which ones a case's kind may hold {@code CaseSensitiveRules}) through the approval gate, kept by staff and erased
 * with the case's other details, the expired warnings a handler is to reduce, paged in SQL ({@code ExpiredWarnings});
 * the rules of the file's checks (right-to-work re-check dates, the dates of
 * declarations and clearances) and of its retention clocks (R3: the leaving date, the UK tax year's end), the
 * holder's record groups and the dates HR reads for each group kept from the leaving date; sickness absences
 * ({@code DefaultAbsences}, {@code AbsenceRules}, {@code AbsenceRecords}) whose health details pass the security
 * context's approval gate and are kept by staff: they go with the absences, erased per record, not with the
 * person's erasure in the security context; a member of staff's own record (A1:
 * {@code DefaultOwnRecord}, who may see which file {@code OwnFileAccess}, their details as the register's and staff's
 * holders list them for rectification {@code OwnDetails}), the changes they report and HR applies through the same
 * holders' rectification (D5) or declines ({@code ChangeReportRules}), and the account HR links to their record
 * ({@code AccountLinks}); which fields and absences each area's approval shows outside HR ({@code OutsideHrFields});
 * the accuracy reviews (A1): the groups asked about and their intervals, which the holder
 * declares as settings ({@code ReviewIntervals}), when a group is due ({@code AccuracyDue}), the confirmations, by the
 * member of staff or by HR applying a change they reported ({@code AccuracyConfirmations}), and the stale records of
 * current staff, paged in SQL ({@code StaleRecords}).
 * <p>
 * May use: its own {@code api}, the security, protection and recruitment contexts' {@code api}, the domain module
 * (entities of {@code org.custos.domain.staff}, the shared {@code DataSubject} and value types), Jakarta EE. Nothing
 * outside this module may use it.
 */
package org.custos.staff.internal;
