/**
 * The security module's API, which every other module may use (it sits below them all, ADR 0004): accounts and
 * roles, login and the first administrator (X1, X6); the audit trail (with the words each action and outcome is
 * read as, its filters and its audited exports) and the {@link
 * org.custos.security.api.Audited} binding every facade uses, or its named exemption {@link
 * org.custos.security.api.AuditExempt} (X2); need to know: access grants and break-glass (X1); the approval gate of
 * special-category and criminal-records data (L4, L5) and the sensitive records it guards, encrypted at rest with
 * rotating keys (X3), erased with the person unless the context that recorded them keeps them with its own records
 * and erases them per record through the port {@link org.custos.security.api.KeptSensitiveRecords}, and read and
 * erased for a rights request the server finishes at its start, with no one signed in, through the port {@link
 * org.custos.security.api.SensitiveDataResumption} (the rights engine's alone: no page may use it); the refusals
 * every facade throws ({@link org.custos.security.api.AccessRefused}, {@link org.custos.security.api.RequestRefused},
 * {@link org.custos.security.api.ConcurrentChange}, {@link org.custos.security.api.RecordAltered}) and the
 * argument annotations that validate and audit them. One port is implemented above security: {@link
 * org.custos.security.api.StoppedPurposeCheck}, by protection, which keeps the purposes (D7, L2).
 * The daily reminders read accounts' email addresses and the approvals ending through {@link
 * org.custos.security.api.ReminderDirectory}, no facade (they run with no caller); the sysadmin's monitoring reads
 * the readiness checks ({@link org.custos.security.api.SystemChecks}) and the audit chain's figures ({@link
 * org.custos.security.api.AuditChainFigures}) likewise.
 * <p>
 * May use: the domain's shared value types ({@code org.custos.domain.shared}) and Jakarta EE APIs; never entities
 * or {@code internal} packages.
 */
package org.custos.security.api;
