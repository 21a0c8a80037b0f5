/**
 * The complaints pages (P1, X1; issue 17), HR's and the DPM's: the open complaints the caller handles (the DPM: all)
 * with the acknowledgement's days left, overdue in red and in words ({@code list.xhtml},
 * {@link org.custos.web.complaints.ComplaintListPage}, lazy, paged in SQL); the form logging a complaint, the
 * complainant found or registered in the register (S1), the people it names found in the register, and its handlers
 * ({@code log.xhtml}, {@link org.custos.web.complaints.ComplaintLogPage}); a complaint's file
 * ({@code complaint.xhtml?id=N}, {@link org.custos.web.complaints.ComplaintPage}) with its investigation's steps, the
 * acknowledgement, the outcome that closes it, anonymity that cannot be kept, the DPM's change of handlers, and the
 * acknowledgement and outcome letters as PDFs. Someone not named on a file is shown a plain refusal; the DPM is
 * offered emergency access (break-glass) with a typed reason. The open complaints on the handlers' and the DPM's home
 * pages ({@link org.custos.web.complaints.OpenComplaintsSection}); the DPM's counts per kind and outcome per month as a
 * chart and CSV ({@code counts.xhtml}, {@link org.custos.web.complaints.ComplaintCountsPage}). A refused form keeps
 * what was typed.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.complaints;
