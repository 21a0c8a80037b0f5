/**
 * The retention schedule's pages ({@code retention/*.xhtml}, R1-R6): the schedule of every rule the contexts declare
 * with its period now, its versions and its export as the retention policy (PDF, CSV), and the simulator of what
 * would fall due between two days, with hypothetical periods, as a chart and a table. The DPM's; HR reads the
 * schedule.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.retention;
