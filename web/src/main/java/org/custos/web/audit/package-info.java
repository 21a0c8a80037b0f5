/**
 * The DPM's audit trail viewer, {@code audit/*.xhtml} (X2): entries filtered by person, actor, action and dates,
 * and the check of the hash chain.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.audit;
