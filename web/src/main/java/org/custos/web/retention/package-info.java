/**
 * The retention pages, {@code retention/*.xhtml} (R1-R6): the schedule of every rule the contexts declare with its
 * period now, its versions and its export as the retention policy (PDF, CSV); the simulator of what would fall due
 * between two days, with hypothetical periods, as a chart and a table; the queue of records due for review, filtered
 * and grouped by context and rule, with their holds, decided per item or in bulk (destroy, keep a summary, anonymise,
 * or extend with a reason and a day) while the page shows the carrying out; and the evidence of the decisions, with
 * the destruction report of a period as a PDF; and the runs that fill the queue (start one now, its progress per
 * context while it goes on, the past runs). The DPM's; HR reads the schedule.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.retention;
