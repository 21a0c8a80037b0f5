/**
 * The purposes and their lawful bases, {@code purposes/*.xhtml} (L1, L3): everyone reads them, the DPM edits them.
 * HR and the DPM also see each purpose's transfers outside the UK from the processor register (relationships' api).
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.purposes;
