/**
 * The complaints context's entities (tables {@code cmp_*}, P1, X1, R5): the complaint file ({@code Complaint}: the
 * complainant, a person in the register referenced by subject id, ADR 0002; when and how it arrived, its kind, what it
 * is about, its words, the complainant's request for anonymity and, when it cannot be kept, why and when they were
 * told; the rights request or breach it relates to; acknowledgement, outcome and closure), the accounts named to
 * handle it ({@code ComplaintHandler}, the only people besides the DPM's emergency access who open it), the people it
 * concerns ({@code ComplaintPersonNamed}, people in the register) and the dated steps of its investigation
 * ({@code InvestigationNote}), and its documents ({@code ComplaintDocument}, the name encrypted at rest, and
 * {@code ComplaintDocumentContent}, the bytes encrypted apart, X3).
 */
package org.custos.domain.complaints;
