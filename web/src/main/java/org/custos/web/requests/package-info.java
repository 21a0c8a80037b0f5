/**
 * Rights request pages, {@code requests/*.xhtml} (D1-D7): every request, open and closed, filtered and paged in
 * SQL, exported to CSV; logging a request; and a request with its clock (D2), the DPM's actions grouped by stage
 * (identity, clock, acting, response), the corrections of a rectification (D5), the review of an access response
 * (D3) and the letters about the request to download as PDF or Word (DOCX).
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.requests;
