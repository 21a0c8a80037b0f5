/**
 * A member of staff's own record (A1, X1), the STAFF role's pages under {@code /me/}: their staff file, their details
 * as the register and the file hold them, and the changes they report with HR's decisions, and the groups of details
 * due for them to confirm as still right ({@link org.custos.web.me.OwnRecordPage}). The facade checks that the file is theirs.
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and the web's {@code shell}.
 */
package org.custos.web.me;
