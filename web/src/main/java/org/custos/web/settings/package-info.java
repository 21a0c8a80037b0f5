/**
 * The periods and deadlines the product enforces, {@code settings/*.xhtml}, with the bank holidays the deadlines
 * skip (D2) as a section, and the email reminders' lead times and whether they are on: the DPM and the administrator change them. The letters ({@code settings/letters.xhtml}):
 * who they are from and the templates of each, the DPM's alone. The UK adequacy list ({@code settings/adequacy.xhtml},
 * {@link org.custos.web.settings.AdequacyPage}), the DPM's alone.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.settings;
