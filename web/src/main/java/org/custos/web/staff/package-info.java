/**
 * The staff pages (T1, R2, S1; ADR 0010), HR's and the DPM's: the staff list ({@code list.xhtml}, lazy, filtered,
 * exported to CSV), HR opening a file for a person found or registered in the register ({@code open.xhtml}), and the
 * staff file ({@code file.xhtml}), whose tabs are sections included from {@code WEB-INF/includes/staff/}: the
 * engagement with its form and history ({@link org.custos.web.staff.StaffEngagementSection}), the bank details
 * (masked; in full for HR on an audited click) and the emergency contacts
 * ({@link org.custos.web.staff.StaffContactsSection}), HR's checks and documents (right to work with its copies and
 * re-check date, conflicts of interest and their review, clearances, contracts and other documents;
 * {@link org.custos.web.staff.StaffChecksSection}). Once a leaving date is recorded, the engagement tab shows HR until
 * when each record group is kept ({@link org.custos.web.staff.StaffRetentionSection}, R3). A later part of the file is
 * one more tab with one include.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.staff;
