/**
 * The record of processing's facade and what it is made of: {@link
 * org.custos.protection.processing.internal.ActivityAssembler} fills each purpose's row from the records,
 * {@link org.custos.protection.processing.internal.RightsAvailable} is the rule of the rights under each lawful
 * basis ({@code purposes.api}'s {@code Article30Completeness} judges what a row lacks), and the XLSX (Apache POI, the
 * ICO template's layout) and PDF (OpenPDF) render it.
 * <p>
 * The disclosure log's recipients, the breaches and the retention queue's overdue items come through the ports of the
 * sub-areas that own them ({@code DisclosureLog}, {@code BreachesByContext}, {@code RecordsPastTheirDate}), each read
 * once for every purpose; this package reads no table of theirs.
 * <p>
 * May use: {@code processing.api}, {@code breaches.api} (the processor register's port, the breaches of each
 * context), {@code calendar.api}, {@code consent.api} (the ledger's counts), {@code dpia.api}, {@code holds.api}
 * (the disclosure log's recipients), {@code purposes.api}, {@code retention.api} (the schedule, the records past
 * their date), {@code shared}, {@code spi}, the security module's {@code api}, the entities of
 * {@code domain.protection}, Apache POI, OpenPDF.
 */
package org.custos.protection.processing.internal;
