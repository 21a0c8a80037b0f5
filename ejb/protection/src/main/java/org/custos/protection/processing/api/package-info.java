/**
 * The record of processing activities (UK GDPR Art 30; issue 19, ADR 0015 decision 6): a row per purpose, with the
 * columns of the ICO's documentation template for controllers in its order ({@link
 * org.custos.protection.processing.api.Art30Column}), assembled from the purposes, what the contexts hold, the
 * disclosure log, the processor register, the retention schedule and queue and the breach register; the DPM reads it
 * and exports it as XLSX and PDF.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.processing.api;
