/**
 * The staff pages (T1, R2, S1; ADR 0010), HR's and the DPM's: the staff list ({@code list.xhtml}, lazy, filtered,
 * exported to CSV), HR opening a file for a person found or registered in the register ({@code open.xhtml}), and the
 * staff file ({@code file.xhtml}), whose tabs are sections included from {@code WEB-INF/includes/staff/}: the
 * engagement with its form and history ({@link org.custos.web.staff.StaffEngagementSection}), the bank details
 * (masked; in full for HR on an audited click) and the emergency contacts
 * ({@link org.custos.web.staff.StaffContactsSection}), the account through which the member of staff sees their own
 * record, linked by HR ({@link org.custos.web.staff.StaffAccountSection}, A1). A later part of the file is one more tab with one include.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.staff;
