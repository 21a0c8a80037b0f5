/**
 * The retention review, {@code retention/*.xhtml} (R6): the queue of records due for review, filtered and grouped by
 * context and rule, with their holds, decided per item or in bulk (destroy, keep a summary, anonymise, or extend
 * with a reason and a day) while the page shows the carrying out; and the evidence of the decisions, with the
 * destruction report of a period as a PDF.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.retention;
