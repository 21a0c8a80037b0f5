/**
 * The security module's holder, adapted here because security sits below protection (ADR 0004): special-category
 * records and approvals in the export, erasure and rectification.
 * <p>
 * May use: {@code spi}, the security module's {@code api}.
 */
package org.custos.protection.spi.internal;
