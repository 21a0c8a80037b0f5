/**
 * The DPM's privacy notices, {@code notices/*.xhtml} (N1): the list of notices (add, rename), one notice with its
 * versions, and a version: its text (rich text, sanitised by the facade) or PDF, the purposes it covers, the
 * checklist of what it states, what it still lacks, and the DPM's approval and issue.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.notices;
