/**
 * The record of processing page, {@code processing/record.xhtml} (Art 30, issue 19): every processing activity as
 * Custos assembles it from the records, what each lacks, and its downloads in the ICO template's layout (XLSX) and as
 * a PDF. The DPM's.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.processing;
