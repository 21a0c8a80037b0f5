/**
 * The protection context's implementation: facades, the register's personal-data holder, the calendar bean.
 * <p>
 * May use: its own {@code api}, the security context's {@code api}, the domain module (entities of
 * {@code org.custos.domain.subject} and {@code org.custos.domain.protection}, the shared kernel), Jakarta EE, its
 * subpackages ({@code calendar}, {@code pdf}, {@code rights}) and OpenPDF.
 */
package org.custos.protection.internal;
