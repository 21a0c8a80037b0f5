/**
 * The administrator's pages, {@code admin/*.xhtml} and {@code setup.xhtml}: accounts and roles, the data keys and
 * their rotation (X3), and the one-time creation of the first administrator.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.admin;
