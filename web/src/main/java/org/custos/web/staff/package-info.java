/**
 * The staff pages (T1, R2, S1; ADR 0010), HR's and the DPM's: the staff list ({@code list.xhtml}, lazy, filtered,
 * exported to CSV), HR opening a file for a person found or registered in the register ({@code open.xhtml}), and the
 * staff file ({@code file.xhtml}), whose tabs are sections included from {@code WEB-INF/includes/staff/}: the
 * engagement with its form and history ({@link org.custos.web.staff.StaffEngagementSection}), the bank details
 * (masked; in full for HR on an audited click) and the emergency contacts
 * ({@link org.custos.web.staff.StaffContactsSection}), the account through which the member of staff sees their own
 * record, linked by HR ({@link org.custos.web.staff.StaffAccountSection}, A1), the HR cases the caller may see with HR's form to open one
 * ({@link org.custos.web.staff.StaffCasesSection}), HR's checks and documents (right to work with its copies and
 * re-check date, conflicts of interest and their review, clearances, contracts and other documents;
 * {@link org.custos.web.staff.StaffChecksSection}). Once a leaving date is recorded, the engagement tab shows HR until
 * when each record group is kept ({@link org.custos.web.staff.StaffRetentionSection}, R3). A later part of the file is
 * one more tab with one include. An HR case has its own page ({@code case.xhtml?id=N},
 * {@link org.custos.web.staff.HrCasePage}; R3, X1): its notes, meetings, documents, outcome and warning expiry, its
 * handlers, and the reduction to its summary once the warning has expired; someone the case does not name gets the
 * "not allowed" page. A capability case's health details and a disciplinary case's criminal-records details are a
 * section of that page that passes the approval gate as the absence tab does
 * ({@link org.custos.web.staff.HrCaseSensitiveSection}, L4). The sickness absences' tab lets health details through only with the approval gate's
 * consent and offers the request for approval when it would refuse ({@link org.custos.web.staff.StaffAbsenceSection}).
 * Outside HR (L5), a line manager (a hiring manager) or a finance user finds under
 * {@code /shared/} the members of staff whose HR or finance data the DPM approved for them, and reads that area's
 * fields only ({@link org.custos.web.staff.SharedStaffListPage}, {@link org.custos.web.staff.SharedStaffFilePage});
 * HR asks for it from the file ({@code approvals/outside-hr.xhtml}).
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.staff;
