/**
 * The signed-in user's own account, {@code account/*.xhtml}: changing their password (knowing the current one) and
 * their second factor. Where the user must go first after the administrator set their password, or when their
 * roles need a second factor ({@code web.shell.AccountDues}).
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.account;
