/**
 * The security context's implementation: facades, the audit chain, password rules, configuration and keys, and the
 * ports other contexts call without a facade (the per-record erasure of the sensitive records a context keeps), and
 * the resumption at the server's start of a re-encryption under a new data key a crash cut short ({@link
 * org.custos.security.internal.KeyRotationLeftRunning}, one server at a time by the lease of {@link
 * org.custos.security.internal.RotationRecord}; X3), and the refusal to make a key again over a database that needs
 * the old one ({@link org.custos.security.internal.MissingKeys}; X3, X2); the readiness checks behind {@code
 * /health/ready} (database, data keys, audit key, the data directory's free space against {@link
 * org.custos.security.internal.FreeSpace}).
 * <p>
 * May use: its own {@code api}, the domain module (entities of {@code org.custos.domain.security} and the
 * shared kernel), Jakarta EE and MicroProfile Config. Nothing outside this module may use it.
 */
package org.custos.security.internal;
