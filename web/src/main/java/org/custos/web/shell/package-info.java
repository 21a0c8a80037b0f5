/**
 * What every page shares, and the pages outside a folder: the layout's signed-in user (by the account's name) and menu,
 * the home page ({@code index.xhtml}) with each role's worklists (the rights requests due this week among them), its
 * open-breaches section (X5), HR's hires waiting for their staff file (R2), HR's cases whose warning has
 * expired (R3, {@code ExpiredWarningsSection}), HR's right-to-work permissions and clearances ending (T1,
 * {@code PermissionsEndingSection}), the changes members of staff reported to their own records, applied or declined
 * there (A1, {@code ChangeReportsSection}), current staff's details overdue for them to confirm (A1,
 * {@code StaleRecordsSection}), the processors' agreement versions awaiting the DPM's approval (X4,
 * {@code AgreementsAwaitingSection}), the DPM's transfers outside the UK without a
 * safeguard ({@code UnsafeguardedTransfersSection}), login and logout with the session
 * checks, the error and refusal pages (X2), response headers, and the helpers of every folder: facade calls turned into
 * messages, lazy tables, the one way dates are shown (and typed dates read strictly, a number box's value that is
 * no number refused in words), each text box's maxlength from
 * the facade's constraint (checked on the server too), CSV exports without formulas, choosing a person from the
 * register (S1: someone new is registered by the record's facade, with the record), purpose
 * names, upload rules (an upload too large for the server to read refused at the door, {@code OversizedUploads};
 * a file's name made safe where it is kept, not refused by PrimeFaces, {@code SafeNameFileUpload});
 * the words people read instead of codes: audit entries told in words ({@code AuditWords}), kinds
 * of record ({@code RecordTypeLabels}), lists and counts ({@code Texts}); the notice on a restricted person's page and
 * forms (D6, {@code WEB-INF/includes/shell/restricted-notice.xhtml}); PrimeFaces' markup where it falls short of WCAG
 * 2.2 AA, corrected in its renderers ({@code AriaFixingWriter}: messages announced by their box, tables of data as
 * native tables, the file input behind a skinned upload open to screen readers).
 * <p>
 * May use: the contexts' {@code api} packages and {@code domain.shared}; never {@code protection.spi}, a
 * personal-data holder or a context's {@code internal} package. No folder's package is used here.
 */
package org.custos.web.shell;
