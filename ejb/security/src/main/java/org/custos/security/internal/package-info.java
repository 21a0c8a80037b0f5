/**
 * The security context's implementation: facades, the audit chain, password rules, configuration and keys, and the
 * ports other contexts call without a facade (the per-record erasure of the sensitive records a context keeps).
 * <p>
 * May use: its own {@code api}, the domain module (entities of {@code org.custos.domain.security} and the
 * shared kernel), Jakarta EE and MicroProfile Config. Nothing outside this module may use it.
 */
package org.custos.security.internal;
