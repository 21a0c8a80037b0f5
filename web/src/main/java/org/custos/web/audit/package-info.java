/**
 * The DPM's audit trail viewer, {@code audit/*.xhtml} (X2): entries in words, filtered by person, actor, action,
 * record (its kind and reference) and dates; the filter exported to CSV (cells neutralised) and PDF (OpenPDF), each
 * export audited by the facade; and the check of the hash chain.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.audit;
