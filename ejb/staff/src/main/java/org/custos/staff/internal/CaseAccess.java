package org.custos.staff.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Need to know for HR cases (X1): a case is seen and changed only by the HR handlers it names and by the DPM, and
 * never by the account of the person it is about (a line manager a grievance complains of), whatever their roles.
 * Handlers are named among the HR accounts, and the person the case is about cannot be one of them.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    /** Why the caller may not see the case, if they may not. */
    static Optional<String> refusal(String caller, boolean dpm, Set<String> handlers, String aboutAccount) {
        if (caller.equals(aboutAccount)) {
            return Optional.of("This case is about you, so it is not shown to you.");
        }
        if (!dpm && !handlers.contains(caller)) {
            return Optional.of("Only the HR handlers named on this case and the DPM can see it.");
        }
        return Optional.empty();
    }

    static boolean sees(String caller, boolean dpm, Set<String> handlers, String aboutAccount) {
        return refusal(caller, dpm, handlers, aboutAccount).isEmpty();
    }

    /**
     * Why a case may not be opened with these handlers and this person it is about, if it may not.
     *
     * @param hrAccounts the enabled accounts with the HR role
     * @param accounts the enabled accounts of every role that sees records
     */
    static Optional<String> namingRefusal(String opener, Set<String> handlers, String aboutAccount,
            Set<String> hrAccounts, Set<String> accounts) {
        if (aboutAccount != null && !accounts.contains(aboutAccount)) {
            return Optional.of(aboutAccount + " is not an active account; name the account of the person the case "
                    + "is about, or leave it empty when they have none.");
        }
        if (aboutAccount != null && aboutAccount.equals(opener)) {
            return Optional.of("You cannot open a case about yourself.");
        }
        return handlersRefusal(handlers, aboutAccount, hrAccounts);
    }

    /** Why these may not handle the case, if they may not: each an HR account, none the person it is about. */
    static Optional<String> handlersRefusal(Set<String> handlers, String aboutAccount, Set<String> hrAccounts) {
        for (String handler : handlers.stream().sorted().toList()) {
            if (!hrAccounts.contains(handler)) {
                return Optional.of(handler + " is not an active account with the HR role.");
            }
        }
        if (aboutAccount != null && handlers.contains(aboutAccount)) {
            return Optional.of(aboutAccount + " cannot handle a case about themselves.");
        }
        return Optional.empty();
    }
}
