package org.custos.security.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.security.api.RequestRefused;

/**
 * Who may change which account, and when a change waits for the DPM (X6).
 * <ul>
 *   <li>Nobody changes their own roles, disables their own account or resets their own password here.</li>
 *   <li>The last active administrator and the last active DPM keep their role and stay enabled: there would be no
 *       way back but the sysadmin's recovery (README).</li>
 *   <li>Giving a role that sees personal data, or a new password to an account holding one, needs the confirmation
 *       of a DPM other than the account's holder and other than who asked (four eyes). While no DPM is active,
 *       which is only at setup since the last one cannot go, the change needs none: the first DPM is made so.</li>
 * </ul>
 * An account of the organisation's directory holds the roles its groups map to, realigned at each login: roles
 * that see personal data wait for a DPM in the same way, asked for by the directory.
 * User names here are the normalised ones (lower case), as callers are.
 */
final class AccountChangeRules {

    private AccountChangeRules() {
    }

    /** The account and its state as the rules need them. */
    record Holder(String username, Set<Role> roles, boolean enabled) {
    }

    static void checkNotOwn(Holder account, String caller) {
        if (account.username().equalsIgnoreCase(caller)) {
            throw new RequestRefused("You cannot change your own account here: another administrator changes your "
                    + "roles or disables it, and you change your own password on your account page.");
        }
    }

    /**
     * Refuses a change that would leave no active administrator or no active DPM.
     *
     * @param activeHolders the user names of the enabled accounts holding the role, before the change
     */
    static void checkKeepsAnActiveHolder(Role role, Holder account, Set<Role> rolesAfter, boolean enabledAfter,
            List<String> activeHolders) {
        boolean holdsNow = account.enabled() && account.roles().contains(role);
        boolean holdsAfter = enabledAfter && rolesAfter.contains(role);
        if (holdsNow && !holdsAfter && activeHolders.stream().allMatch(account.username()::equalsIgnoreCase)) {
            throw new RequestRefused(account.username() + " is the last active " + role.label().toLowerCase()
                    + ": give the role to another account first.");
        }
    }

    /** True when the change gives a role that sees personal data while a DPM is active to confirm it. */
    static boolean needsConfirmation(Set<Role> before, Set<Role> after, List<String> activeDpms) {
        Set<Role> given = EnumSet.noneOf(Role.class);
        given.addAll(after);
        given.removeAll(before);
        given.retainAll(Role.seeingRecords());
        return !given.isEmpty() && !activeDpms.isEmpty();
    }

    /** True when a new password for this account must wait for a DPM. */
    static boolean passwordNeedsConfirmation(Holder account, List<String> activeDpms) {
        return account.roles().stream().anyMatch(Role.seeingRecords()::contains) && !activeDpms.isEmpty();
    }

    /** Refuses to ask for a confirmation that no DPM may give: the only active DPM's own account. */
    static void checkSomeoneMayConfirm(Holder account, List<String> activeDpms) {
        if (activeDpms.stream().allMatch(account.username()::equalsIgnoreCase)) {
            throw new RequestRefused("Only another Data Protection Manager can confirm this change of "
                    + account.username() + ", and there is none. Give the role to another account first, or see "
                    + "the recovery steps in the administrator's guide.");
        }
    }

    static void checkMayConfirm(Holder account, String requestedBy, String confirmer) {
        if (account.username().equalsIgnoreCase(confirmer)) {
            throw new RequestRefused("You cannot confirm a change of your own account: another DPM must.");
        }
        if (requestedBy.equalsIgnoreCase(confirmer)) {
            throw new RequestRefused("You asked for this change yourself: another DPM must confirm it.");
        }
    }

    /** What a directory login changes: the roles held from now, and those to ask a DPM for (empty: nothing). */
    record LoginRoles(Set<Role> held, Set<Role> asked) {
    }

    /**
     * The roles of a directory account at login, when its groups map to {@code mapped}: roles the groups no longer
     * give go, but for a role {@code lastHeld} by this account (the last active administrator or DPM keeps it);
     * roles they give that see personal data wait for a DPM other than the account's holder; none waits while no DPM
     * is active, and nothing is asked when only the holder could confirm it.
     */
    static LoginRoles atDirectoryLogin(Holder account, Set<Role> mapped, List<String> activeDpms,
            Set<Role> lastHeld) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Set<Role> asked = EnumSet.noneOf(Role.class);
        if (needsConfirmation(account.roles(), mapped, activeDpms)) {
            held.addAll(mapped);
            held.removeIf(role -> Role.seeingRecords().contains(role) && !account.roles().contains(role));
            if (!activeDpms.stream().allMatch(account.username()::equalsIgnoreCase)) {
                asked.addAll(mapped);
            }
        } else {
            held.addAll(mapped);
        }
        account.roles().stream().filter(lastHeld::contains).forEach(held::add);
        return new LoginRoles(held, asked);
    }
}
