/**
 * The DPM's need-to-know grants, {@code grants/*.xhtml} (X1): grants in force, break-glass access flagged,
 * granting and revoking.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.grants;
