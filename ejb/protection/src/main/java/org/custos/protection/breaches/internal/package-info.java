/**
 * The breach facade and the X5 rules beside it: {@link org.custos.protection.breaches.internal.BreachChanges} (what
 * a change accepts), {@link org.custos.protection.breaches.internal.BreachLateness} (the 72 hours),
 * {@link org.custos.protection.breaches.internal.BreachClosure} (when it may close), the ICO-style report PDF.
 * The data map's facade ({@code DefaultBreachImpacts}) counts the people of each place in SQL ({@link org.custos.protection.spi.HeldPeople})
 * and proposes the figures by {@link org.custos.protection.breaches.internal.ImpactTotals} (each person once).
 * <p>
 * May use: {@code breaches.api}, {@code calendar.api}, {@code shared}, {@code spi} (the holders, for the data map),
 * the security module's {@code api}, the entities of {@code domain.protection}, OpenPDF.
 */
package org.custos.protection.breaches.internal;
