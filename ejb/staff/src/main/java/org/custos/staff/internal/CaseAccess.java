package org.custos.staff.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Need to know for HR cases (X1): a case is seen and changed only by the HR handlers it names and by the DPM, and
 * never by the account of the person it is about (a line manager a grievance complains of) nor by the account linked
 * to the person whose staff file holds it (A1: their own record shows none of HR's working notes), whatever their
 * roles. Handlers are named among the HR accounts, and neither of those two can be one of them.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    /**
     * Why the caller may not see the case, if they may not.
     *
     * @param ownFile whether the caller's account is linked to the person whose staff file holds the case
     */
    static Optional<String> refusal(String caller, boolean dpm, boolean ownFile, Set<String> handlers,
            String aboutAccount) {
        if (ownFile) {
            return Optional.of("This case is on your own staff file, so it is not shown to you.");
        }
        if (caller.equals(aboutAccount)) {
            return Optional.of("This case is about you, so it is not shown to you.");
        }
        if (!dpm && !handlers.contains(caller)) {
            return Optional.of("Only the HR handlers named on this case and the DPM can see it.");
        }
        return Optional.empty();
    }

    /**
     * Why a case may not be opened with these handlers and this person it is about, if it may not.
     *
     * @param aboutActive whether the account the case is about is an enabled account of a role that sees records
     * @param hrAccounts the enabled accounts with the HR role
     * @param fileAccount the account linked to the person whose staff file the case is on; null for none
     */
    static Optional<String> namingRefusal(String opener, Set<String> handlers, String aboutAccount,
            boolean aboutActive, Set<String> hrAccounts, String fileAccount) {
        if (aboutAccount != null && !aboutActive) {
            return Optional.of(aboutAccount + " is not an active account; choose the account of the person the case"
                    + " is about from those offered, or leave it empty when they have none.");
        }
        if (aboutAccount != null && aboutAccount.equals(opener)) {
            return Optional.of("You cannot open a case about yourself.");
        }
        if (opener.equals(fileAccount)) {
            return Optional.of("You cannot open a case on your own staff file.");
        }
        return handlersRefusal(handlers, aboutAccount, hrAccounts, fileAccount);
    }

    /**
     * Why these may not handle the case, if they may not: each an HR account, none the person it is about nor the
     * person whose file holds it.
     */
    static Optional<String> handlersRefusal(Set<String> handlers, String aboutAccount, Set<String> hrAccounts,
            String fileAccount) {
        for (String handler : handlers.stream().sorted().toList()) {
            if (!hrAccounts.contains(handler)) {
                return Optional.of(handler + " is not an active account with the HR role.");
            }
        }
        if (aboutAccount != null && handlers.contains(aboutAccount)) {
            return Optional.of(aboutAccount + " cannot handle a case about themselves.");
        }
        if (fileAccount != null && handlers.contains(fileAccount)) {
            return Optional.of(fileAccount + " cannot handle a case on their own staff file.");
        }
        return Optional.empty();
    }
}
