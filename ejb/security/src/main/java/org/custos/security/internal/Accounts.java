package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.custos.domain.security.Account;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.AccountView;
import org.custos.security.api.NewAccount;

/** Finds and opens accounts; the one place where the password rules are applied. */
@ApplicationScoped
public class Accounts {

    private final PasswordPolicy policy = PasswordPolicy.withCommonPasswords();

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    static String normalised(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    Optional<Account> named(String username) {
        return em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", normalised(username)).getResultStream().findFirst();
    }

    Account byId(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new RequestRefused("There is no such account.");
        }
        return account;
    }

    boolean none() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult() == 0;
    }

    Account open(NewAccount request) {
        String username = normalised(request.username());
        if (named(username).isPresent()) {
            throw new RequestRefused("The user name " + username + " is already taken.");
        }
        Account account = new Account(username, request.displayName().trim(), hashed(request.password(), username),
                request.roles(), now());
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

    static AccountView view(Account account) {
        return new AccountView(account.id(), account.version(), account.username(), account.displayName(),
                account.roles(), account.enabled(), account.lastLoginAt(), account.createdAt());
    }
}
