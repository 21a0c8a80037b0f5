/**
 * The recruitment context's implementation: facades, the workflow, checklist and retention rules, hiring
 * managers' need to know, its personal-data holder with the one anonymisation of an application (R7, k-check and
 * coarsened dates in {@code ApplicationErasure}), and the ports the staff context uses at hire and at the staff
 * file's erasure.
 * <p>
 * May use: its own {@code api}, the security and protection contexts' {@code api}, the domain module (entities of
 * {@code org.custos.domain.recruitment}, the shared {@code DataSubject} and value types), Jakarta EE. Nothing
 * outside this module may use it.
 */
package org.custos.recruitment.internal;
