/**
 * The record of processing's facade and what it is made of: {@link
 * org.custos.protection.processing.internal.ActivityAssembler} fills each purpose's row from the records,
 * {@link org.custos.protection.processing.internal.RightsAvailable} is the rule of the rights under each lawful
 * basis ({@code purposes.api}'s {@code Article30Completeness} judges what a row lacks), and the XLSX (Apache POI, the
 * ICO template's layout) and PDF (OpenPDF) render it.
 * <p>
 * The disclosure log's recipients, the breaches and the retention queue's overdue items are counted in SQL over their
 * tables, read only, as the access response and the queue's holds read them.
 * <p>
 * May use: {@code processing.api}, {@code breaches.api} (the processor register's port), {@code calendar.api},
 * {@code consent.api} (the ledger's counts), {@code dpia.api}, {@code purposes.api}, {@code retention.api} (the
 * schedule), {@code shared}, {@code spi}, the security module's {@code api}, the entities of
 * {@code domain.protection}, Apache POI, OpenPDF.
 */
package org.custos.protection.processing.internal;
