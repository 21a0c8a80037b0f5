/**
 * The security context's API: accounts and roles, login, the first administrator, the approval gate, and the audit
 * trail (the {@link org.custos.security.api.Audited} binding every facade of every context uses, or its named
 * exemption {@link org.custos.security.api.AuditExempt}). One port is implemented above security:
 * {@link org.custos.security.api.StoppedPurposeCheck}, by protection, which keeps the purposes (ADR 0004).
 * <p>
 * May use: the domain's shared value types ({@code org.custos.domain.shared}) and Jakarta EE APIs; never
 * entities or {@code internal} packages.
 */
package org.custos.security.api;
