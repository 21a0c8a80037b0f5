/**
 * The protection module: the Data Protection Manager's core. One package per sub-area, each with an {@code api}
 * (facades, DTOs and the small ports the other sub-areas use) and an {@code internal} (implementations and named
 * rule classes):
 * <ul>
 * <li>{@code register}: the people register, one person known once (S1), categories (S2), do-not-contact (S3),
 * restriction of the master record (D6);</li>
 * <li>{@code purposes}: purposes and lawful bases (L1), legitimate-interest assessments (L3), purposes stopped by
 * objection or consent withdrawal (D7, L2), the Art 30 fields no record knows;</li>
 * <li>{@code dpia}: data protection impact assessments per purpose: screening, outcome, progress, document,
 * sign-off, review date, and the purposes flagged for want of one;</li>
 * <li>{@code calendar}: every deadline (D2 rights requests, X5 breach reports, N2 indirect notices, L4 approvals
 * ending), the England-and-Wales bank holidays, the periods as settings, retention periods included (R1-R5);</li>
 * <li>{@code notices}: privacy notices, their versions, the N1 checklist, the DPM's approval and their issue;</li>
 * <li>{@code breaches}: the breach register, its risk, decision, 72-hour report and closure (X5);</li>
 * <li>{@code rights}: rights requests, their clock and transitions (D1, D2), the response and its letters (D3,
 * D4, D7), erasure, restriction and rectification through the SPI (D5, D6);</li>
 * <li>{@code letters}: who the letters are from (the organisation's settings: letterhead, signatory, the DPM's
 * contact) and the DPM's versioned templates of each letter;</li>
 * <li>{@code reminders}: the daily email digest of what is due (D2, X5, L4) to each account with an address,
 * through the server's mail session;</li>
 * <li>{@code holds}: legal holds that keep records from erasure (D5, R6) and the disclosure log (D5, D6);</li>
 * <li>{@code consent}: the consent ledger of every context (L2): what each person agreed to, with which notice
 * version, how and when, and its withdrawal, which stops the purpose;</li>
 * <li>{@code processing}: the record of processing activities (Art 30), assembled from the records and exported in
 * the ICO template's layout (XLSX) and as a PDF;</li>
 * <li>{@code spi}: the personal-data SPI every context implements ({@link
 * org.custos.protection.spi.PersonalDataHolder}), the retention rules contexts declare through it (R1-R5), and the
 * registry of holders;</li>
 * <li>{@code shared}: date text, the PDF page layout, and the letter as PDF and DOCX from a template, which the
 * sub-areas share.</li>
 * </ul>
 * The approval gate of special-category data (L4, L5) and the audit trail (X2) are the security module's. A
 * sub-area uses another only through its {@code api}, never its {@code internal} (ArchUnit checks it).
 */
package org.custos.protection;
