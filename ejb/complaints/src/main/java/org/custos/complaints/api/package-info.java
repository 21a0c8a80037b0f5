/**
 * The complaints context's API (P1, X1, X2, R5, L6; issue 17): complaint files ({@link
 * org.custos.complaints.api.Complaints}) with the complainant and the people a complaint concerns (people in the
 * register, S1, found or registered through the register's api, in the categories complainant and "named in a
 * complaint"), when and how it arrived, its kind, what it is about, its words, the complainant's request for anonymity
 * (and why and when it could not be kept), the rights request or breach it relates to, the dated steps of its
 * investigation, its acknowledgement (due within a period counted from the day after receipt, moved to the next
 * working day), its outcome and closure.
 * <p>
 * Need to know (X1): a file opens only for the accounts named to handle it, and for the DPM through emergency access
 * (break-glass) with a typed reason, flagged in the audit trail; anyone else, HR and hiring managers included, is
 * refused and the refusal audited. The list of open complaints shows no one's name or words. Complaint data serves
 * complaint handling and service checks only (L6): no other context uses this api.
 * <p>
 * May use: the domain's shared value types, the security and protection contexts' {@code api}, Jakarta EE APIs;
 * never entities or {@code internal} packages.
 */
package org.custos.complaints.api;
