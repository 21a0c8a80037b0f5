package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.security.PendingAccountChange;
import org.custos.domain.security.SecondFactor;
import org.custos.domain.shared.AccountChangeKind;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountView;
import org.custos.security.api.NewAccount;
import org.custos.security.api.RequestRefused;

/** Finds, opens and shows accounts; the one place where the password rules are applied. */
@ApplicationScoped
public class Accounts {

    private final PasswordPolicy policy = PasswordPolicy.withCommonPasswords();

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    WaitingAccountChanges waiting;

    static String normalised(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    Optional<Account> named(String username) {
        return em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", normalised(username)).getResultStream().findFirst();
    }

    /**
     * Notes the login without taking the account's version: the same person logging in twice at once, or the
     * administrator changing the account meanwhile, is not a concurrent change.
     */
    void loggedIn(Account account, LocalDateTime now) {
        em.createQuery("update Account a set a.lastLoginAt = :now where a.id = :id").setParameter("now", now)
                .setParameter("id", account.id()).executeUpdate();
    }

    Account byId(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RequestRefused("There is no such account.");
        }
        return account;
    }

    /**
     * The user names of the enabled accounts holding the role, each row locked until the transaction ends, so that
     * two administrators cannot each remove one of the last two holders at the same time.
     */
    List<String> activeHolders(Role role) {
        return em.createQuery("select distinct a from Account a join a.roles r where r = :role"
                + " and a.enabled = true order by a.id", Account.class).setParameter("role", role).getResultList()
                .stream().peek(account -> em.refresh(account, LockModeType.PESSIMISTIC_WRITE))
                .filter(account -> account.enabled() && account.roles().contains(role))
                .map(Account::username).toList();
    }

    boolean noActiveAdministrator() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :role"
                + " and a.enabled = true", Long.class).setParameter("role", Role.ADMIN).getSingleResult() == 0;
    }

    /** Opens the account holding {@code roles}, which may be fewer than the request asks for. */
    Account open(NewAccount request, Set<Role> roles) {
        String username = normalised(request.username());
        if (named(username).isPresent()) {
            throw new RequestRefused("The user name " + username + " is already taken.");
        }
        Account account = new Account(username, request.displayName().trim(), hashed(request.password(), username),
                roles, now());
        account.changeEmail(request.email());
        em.persist(account);
        em.flush();
        return account;
    }

    String hashed(String password, String username) {
        policy.problem(password, username).ifPresent(problem -> {
            throw new RequestRefused(problem);
        });
        return hasher.hash(password);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Optional<SecondFactor> secondFactor(Account account) {
        return Optional.ofNullable(em.find(SecondFactor.class, account.id()));
    }

    AccountView view(Account account) {
        return new AccountView(account.id(), account.version(), account.username(), account.displayName(),
                account.email(), account.roles(), waiting.of(account, AccountChangeKind.ROLES)
                        .map(PendingAccountChange::rolesWanted).orElse(Set.of()), waiting.of(account, AccountChangeKind.PASSWORD).isPresent(),
                account.enabled(), account.directory(), secondFactor(account).isPresent(), account.lastLoginAt(), account.createdAt());
    }

    /** The account and its state as {@link AccountChangeRules} need them. */
    static AccountChangeRules.Holder holder(Account account) {
        return new AccountChangeRules.Holder(account.username(), account.roles(), account.enabled());
    }
}
