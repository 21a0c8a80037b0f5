/**
 * The DPM's prior-approval gate, {@code approvals/*.xhtml} (L4, L5): asking for approval to use a category of
 * data, the list of requests and the DPM's decision on one. The gate itself is enforced in the security
 * context's facades; these pages only ask and decide.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.approvals;
