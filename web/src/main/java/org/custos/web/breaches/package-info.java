/**
 * The DPM's breach register, {@code breaches/*.xhtml} (X5): the list, and one breach: logging and editing it with
 * its risk and its data map section (the processors and systems it touched, the figures proposed from them; ADR
 * 0012), then its progress section (the decision whether to report it, the report, the people told, closure)
 * and its report as a PDF.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.breaches;
