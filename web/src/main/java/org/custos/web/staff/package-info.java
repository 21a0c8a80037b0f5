/**
 * The staff pages (T1, R2, S1; ADR 0010), HR's and the DPM's: the staff list ({@code list.xhtml}, lazy, filtered,
 * exported to CSV), HR opening a file for a person found or registered in the register ({@code open.xhtml}), and the
 * staff file ({@code file.xhtml}), whose tabs are sections included from {@code WEB-INF/includes/staff/}: the
 * engagement with its form and history ({@link org.custos.web.staff.StaffEngagementSection}), the bank details
 * (masked; in full for HR on an audited click) and the emergency contacts
 * ({@link org.custos.web.staff.StaffContactsSection}), the HR cases the caller may see with HR's form to open one
 * ({@link org.custos.web.staff.StaffCasesSection}). A later part of the file is one more tab with one include. An
 * HR case has its own page ({@code case.xhtml?id=N}, {@link org.custos.web.staff.HrCasePage}; R3, X1): its notes,
 * meetings, documents, outcome and warning expiry, its handlers, and the reduction to its summary once the warning
 * has expired; someone the case does not name gets the "not allowed" page.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.staff;
