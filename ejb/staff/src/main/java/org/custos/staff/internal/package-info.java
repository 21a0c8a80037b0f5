/**
 * The staff context's implementation: the facade, the opening of a staff file at hire (an outbox row written in the
 * hire's transaction, opened after it commits, a failure kept for HR to retry) and the reasons a failure gives; the
 * list and the file's view (a statement per kind of row, never per row); the rules of a change of engagement and of
 * emergency contacts.
 * <p>
 * May use: its own {@code api}, the security, protection and recruitment contexts' {@code api}, the domain module
 * (entities of {@code org.custos.domain.staff}, the shared {@code DataSubject} and value types), Jakarta EE. Nothing
 * outside this module may use it.
 */
package org.custos.staff.internal;
