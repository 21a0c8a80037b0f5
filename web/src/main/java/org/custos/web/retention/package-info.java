/**
 * The DPM's retention pages, {@code retention/*.xhtml} (R6): the runs (start one now, its progress per context while
 * it goes on, the past runs).
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.retention;
