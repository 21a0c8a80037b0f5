package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.custos.domain.security.Account;
import org.custos.domain.security.LoginThrottle;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.ValidatedArguments;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.Authentication;
import org.custos.security.api.LoginResult;

@Stateless
@ValidatedArguments
@PermitAll
public class DefaultAuthentication implements Authentication {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditAppender audit;

    @Override
    @AuditExempt("writes its entries itself: the login, or the failed or throttled attempt")
    public LoginResult login(String username, String password) {
        String name = Accounts.normalised(username);
        LocalDateTime now = accounts.now();
        LoginThrottle throttle = throttleFor(name);
        if (throttle.isThrottled(now)) {
            audit.append(name, AuditAction.LOGIN_FAILED, null, null, null, null, AuditOutcome.DENIED, "throttled");
            return new LoginResult.Throttled();
        }
        Optional<Account> account = accounts.named(name);
        boolean passwordMatches = hasher.matches(password, account.map(Account::passwordHash).orElse(null));
        if (account.isEmpty() || !account.get().enabled() || !passwordMatches) {
            throttle.failed(now, LoginPolicy.FAILURES_BEFORE_THROTTLE, LoginPolicy.THROTTLE);
            audit.append(name, AuditAction.LOGIN_FAILED, null, null, null, null, AuditOutcome.DENIED, null);
            return throttle.isThrottled(now) ? new LoginResult.Throttled() : new LoginResult.Refused();
        }
        throttle.succeeded();
        account.get().loggedIn(now);
        audit.append(name, AuditAction.LOGIN, null, null, null, null, AuditOutcome.SUCCESS, null);
        return new LoginResult.Accepted(name, account.get().roles(), now);
    }

    private LoginThrottle throttleFor(String name) {
        LoginThrottle throttle = em.find(LoginThrottle.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(name);
            em.persist(throttle);
        }
        return throttle;
    }

    @Override
    @AuditExempt("reads no personal data: whether a signed-in session is still valid")
    public boolean sessionStillValid(String username, LocalDateTime sessionStart) {
        return accounts.named(username).map(account -> account.acceptsSessionFrom(sessionStart)).orElse(false);
    }
}
