/**
 * The breach register (X5), the DPM only: log, assess the risk ({@link
 * org.custos.protection.breaches.api.BreachRiskAssessment}), decide whether to report, report to the ICO within 72
 * hours of becoming aware (a later report needs its reason), tell the people affected, close; the report as a PDF.
 * The deadlines still running go to the daily reminders through the port {@link
 * org.custos.protection.breaches.api.BreachDeadlines}. The data map ({@link
 * org.custos.protection.breaches.api.BreachImpacts}, ADR 0012) shows what the processors and systems a breach touched
 * hold and proposes the form's figures; the processors come through the port {@link
 * org.custos.protection.breaches.api.ProcessorMap}, which the processor register implements. The record of
 * processing reads the breaches of each context through the port {@link
 * org.custos.protection.breaches.api.BreachesByContext}.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.breaches.api;
