/**
 * Recruitment campaigns, {@code campaigns/*.xhtml} (C1): the list, opening or changing one, and one campaign with
 * its applicants and adding an applicant. HR and the DPM see every campaign, hiring managers their own, which the
 * facades enforce.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.campaigns;
