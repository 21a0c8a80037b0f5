/**
 * The staff context's API (T1, R2, R3; ADR 0010): staff files, opened at hire from recruitment's
 * {@code ApplicantHired} or by HR directly, with their engagement, bank details and emergency contacts, and the hires
 * whose file has not opened yet; HR cases ({@link org.custos.staff.api.HrCases}: disciplinary, grievance, capability)
 * seen only by their named HR handlers and the DPM, never by the person they are about (chosen among the enabled
 * accounts) nor by the account linked to the person whose file holds them, reduced to a summary when their warning
 * expires (R3, X1, A1), and their health or criminal-records details
 * ({@link org.custos.staff.api.HrCaseSensitiveDetails}) recorded and read only by those handlers with the DPM's
 * approval, encrypted, gone with the case's details (L4, X3); the
 * file's checks and documents ({@link org.custos.staff.api.StaffChecks}: right to work with the copies of the
 * documents checked, conflict-of-interest declarations, security clearances, contracts and other documents), the
 * permissions ending soon, for HR's home page, and until when each record group of a leaver's file is kept (R3);
 * sickness absences ({@link org.custos.staff.api.Absences}) whose health details are recorded and read only with the
 * DPM's approval (L4, X3); staff data used outside HR ({@link org.custos.staff.api.StaffOutsideHr}: a line manager
 * or a finance user reads one area's fields of a file only while the DPM's written approval naming them is in force,
 * the line manager with the periods of absence and none of their health details, L5); a member of staff's own record ({@link org.custos.staff.api.OwnRecord}, role STAFF, through the account HR
 * links, {@link org.custos.staff.api.StaffAccounts}) and the changes they report, which HR applies through the
 * rectification of the personal-data SPI or declines with a reason ({@link org.custos.staff.api.ChangeReports}, A1,
 * D5); the accuracy reviews (A1): the groups of their details (personal and contact details, bank details,
 * emergency contacts) a member of staff confirms as still right when each group's interval (a setting) has passed,
 * and the stale records, overdue groups of current staff, that HR and the DPM read
 * ({@link org.custos.staff.api.AccuracyReviews}).
 * <p>
 * May use: the domain's shared value types, the security, protection and recruitment contexts' {@code api}, Jakarta
 * EE APIs; never entities or {@code internal} packages.
 */
package org.custos.staff.api;
