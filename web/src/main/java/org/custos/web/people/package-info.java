/**
 * The people register's pages, {@code people/*.xhtml}: search, create and edit with the possible duplicates
 * the register names (S1), a person's record with their applications, stopped purposes (D7, L2), their contact
 * roles at organisations for HR and the DPM ({@code PersonContactRolesSection}, K1), one "Data
 * protection" section (their rights requests, approvals, disclosures (D5) and legal holds (D5, R6), each linked to
 * its page where one exists) and audit history, and their special-category data behind the DPM's approval gate (L4).
 * <p>
 * May use: the contexts' {@code api} packages, {@code domain.shared} and {@code web.shell}; never
 * {@code protection.spi}, a personal-data holder or a context's {@code internal} package.
 */
package org.custos.web.people;
