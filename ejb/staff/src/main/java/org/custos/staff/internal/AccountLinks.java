package org.custos.staff.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Which account HR may link to a person's own record (A1, X1): an active account holding the STAFF role, linked to
 * no one else, for a person not yet linked to an account: one account per person, one person per account.
 */
final class AccountLinks {

    private AccountLinks() {
    }

    /**
     * Why {@code username} may not be linked to the person.
     *
     * @param staffAccounts the active accounts holding the STAFF role
     * @param linkedToAnother whether the account is linked to someone else already
     * @param personsAccount the account already linked to the person, if any
     */
    static Optional<String> refusal(String username, Set<String> staffAccounts, boolean linkedToAnother,
            Optional<String> personsAccount) {
        if (!staffAccounts.contains(username)) {
            return Optional.of(username + " is not an active account of a member of staff: the administrator gives"
                    + " it that role first.");
        }
        if (linkedToAnother) {
            return Optional.of(username + " is already linked to another person's staff file.");
        }
        return personsAccount.map(linked -> "This person's record is already linked to the account " + linked
                + ": take that link away first.");
    }
}
