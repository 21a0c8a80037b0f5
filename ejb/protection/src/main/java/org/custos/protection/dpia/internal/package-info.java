/**
 * The DPIA facade and its rules: the screening's outcome ({@code DpiaScreening}), when a DPIA may be signed off
 * ({@code DpiaSignOff}) and when a purpose is flagged ({@code DpiaFlags}).
 * <p>
 * May use: {@code dpia.api}, {@code calendar.api}, the security module's {@code api}, the entities of
 * {@code domain.protection}, {@code domain.document}.
 */
package org.custos.protection.dpia.internal;
