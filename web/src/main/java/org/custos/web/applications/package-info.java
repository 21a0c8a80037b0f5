/**
 * One application, {@code applications/*.xhtml} (C2): its status and moves, rejection with the talent-pool
 * consent, the privacy notice (N2), documents, assessments and timeline, with its checks section (the declarations
 * behind the approval gate, L4) and its final-offer section.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.applications;
