/**
 * The complaints context's implementation: the facade ({@code DefaultComplaints}: check, load, apply a rule, save,
 * return), who opens a file ({@code ComplaintAccess}, X1: its named handlers; the DPM through security's break-glass
 * grant, which the audit trail flags), what a handler may record and when ({@code ComplaintChanges}), the
 * acknowledgement's due date ({@code AcknowledgementDeadline}, P1: the period, a setting of the compliance calendar,
 * from the day after receipt, a weekend or bank-holiday end moved to the next working day, none needed when the outcome
 * went within it), the open complaints paged in SQL ({@code OpenComplaintList}), the file as opened
 * ({@code ComplaintViews}, {@code ComplaintRecords}), and its part of the personal-data SPI
 * ({@code ComplaintsDataHolder}) with its retention rules ({@code ComplaintsRetention}, R5: files after closure,
 * social-media messages after receipt), and a complaint's documents ({@code ComplaintDocuments}, name and bytes
 * encrypted at rest, X3).
 * <p>
 * Anonymity (P1, D3): a copy of the data for a person a complaint concerns marks the complainant who asked not to
 * be named (their name, the complaint's words, its documents' names) as another person's data, which a rights
 * request's review proposes to withhold, while their anonymity is kept. Retention (R5, R6): the holder destroys one
 * reviewed item at a time, the message of a social-media complaint before its file. Erasure takes a complainant's
 * name, words, investigation and documents off their files and keeps the rest for the counts per kind and month; it
 * takes a person named off the complaints. Restriction (D6) is the register's state: the facade refuses to log a
 * complaint for or naming a restricted person.
 * <p>
 * May use: its own {@code api}, the security and protection contexts' {@code api} and protection's {@code spi}, the
 * domain module (entities of {@code org.custos.domain.complaints}, the shared {@code DataSubject} and value types),
 * Jakarta EE. Nothing outside this module may use it (L6).
 */
package org.custos.complaints.internal;
