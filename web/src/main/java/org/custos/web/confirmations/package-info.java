/**
 * The DPM's confirmation of account changes, {@code confirmations/*.xhtml} (X6, four eyes): roles that see personal
 * data, and new passwords for accounts holding them, which the administrator asked for. The rules are enforced in
 * the security context's facades; this page only confirms or refuses.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.confirmations;
