/**
 * The security context's API: accounts and roles, login, the first administrator, and the audit trail
 * (the {@link org.custos.security.api.Audited} binding every facade of every context uses).
 * <p>
 * May use: the domain's shared value types ({@code org.custos.domain.shared}) and Jakarta EE APIs; never
 * entities or {@code internal} packages.
 */
package org.custos.security.api;
