package org.custos.security.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.custos.domain.security.Account;
import org.custos.domain.security.PendingAccountChange;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditOutcome;

/**
 * The accounts of directory users: made at the first login, their name, address and roles brought in line with
 * the directory at each login ({@link AccountChangeRules#atDirectoryLogin}), every change in the audit trail.
 */
@Dependent
class DirectoryAccounts {

    /** Who asks for the roles a directory account's groups give: not a user name, which has no spaces. */
    static final String ASKED_BY = "the directory";

    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());
    private static final String RECORD = "Account";
    private static final int DISPLAY_NAME_LENGTH = 200;
    private static final int EMAIL_LENGTH = 254;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    WaitingAccountChanges waiting;

    @Inject
    DirectorySettings settings;

    @Inject
    AuditAppender audit;

    /** The account of a user the directory accepted, made now at their first login; empty when it is disabled. */
    Optional<Account> signedIn(String username, DirectoryUser user, LocalDateTime now) {
        Optional<Account> found = accounts.named(username);
        if (found.isPresent() && !found.get().enabled()) {
            return Optional.empty();
        }
        Account account = found.orElseGet(() -> opened(username, user, now));
        account.rename(clipped(user.displayName(), DISPLAY_NAME_LENGTH));
        user.email().filter(email -> email.length() <= EMAIL_LENGTH).ifPresent(account::changeEmail);
        alignRoles(account, DirectoryRoles.of(settings.roleGroups()).of(user.groups()), now);
        return Optional.of(account);
    }

    private Account opened(String username, DirectoryUser user, LocalDateTime now) {
        Account account = Account.ofDirectory(username, clipped(user.displayName(), DISPLAY_NAME_LENGTH), now);
        em.persist(account);
        em.flush();
        audit.append(username, AuditAction.ACCOUNT_CREATED, null, RECORD, String.valueOf(account.id()), null,
                AuditOutcome.SUCCESS, "at the first login through the directory, as " + user.distinguishedName());
        return account;
    }

    private void alignRoles(Account account, Set<Role> mapped, LocalDateTime now) {
        Set<Role> before = account.roles();
        Set<Role> given = EnumSet.noneOf(Role.class);
        given.addAll(mapped);
        given.removeAll(before);
        List<String> activeDpms = given.stream().anyMatch(Role.seeingRecords()::contains)
                ? accounts.activeHolders(Role.DPM) : List.of();
        AccountChangeRules.LoginRoles roles = AccountChangeRules.atDirectoryLogin(Accounts.holder(account), mapped,
                activeDpms, lastHeld(account, mapped));
        if (!roles.held().equals(before)) {
            account.assignRoles(roles.held(), now);
            audit.append(account.username(), AuditAction.ACCOUNT_ROLES_CHANGED, null, RECORD,
                    String.valueOf(account.id()), null, AuditOutcome.SUCCESS,
                    "by the directory groups at login: " + before + " -> " + roles.held());
        }
        Optional<Set<Role>> waitingRoles = waiting.of(account, AccountChangeKind.ROLES)
                .map(PendingAccountChange::rolesWanted);
        if (roles.asked().isEmpty()) {
            waitingRoles.ifPresent(asked -> waiting.withdraw(account, AccountChangeKind.ROLES));
        } else if (!waitingRoles.equals(Optional.of(roles.asked()))) {
            waiting.askRoles(account, roles.asked(), ASKED_BY, now);
            audit.append(account.username(), AuditAction.ACCOUNT_ROLES_CHANGED, null, RECORD,
                    String.valueOf(account.id()), null, AuditOutcome.SUCCESS,
                    "asked by the directory groups at login, waiting for the DPM: " + roles.asked());
        }
        if (!roles.held().containsAll(mapped) && roles.asked().isEmpty()) {
            LOG.warning(() -> "The directory groups of " + account.username() + " give " + mapped
                    + ", which only another Data Protection Manager could confirm, and there is none");
        }
    }

    /** The roles this account holds as the last active administrator or DPM, when its groups no longer give them. */
    private Set<Role> lastHeld(Account account, Set<Role> mapped) {
        Set<Role> last = EnumSet.noneOf(Role.class);
        for (Role role : List.of(Role.ADMIN, Role.DPM)) {
            if (account.roles().contains(role) && !mapped.contains(role)
                    && accounts.activeHolders(role).stream().allMatch(account.username()::equalsIgnoreCase)) {
                last.add(role);
            }
        }
        return last;
    }

    private static String clipped(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
