package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.custos.domain.crypto.AlteredValue;
import org.custos.domain.security.Account;
import org.custos.domain.security.SecondFactor;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.Authentication;
import org.custos.security.api.LoginResult;
import org.custos.security.api.NewAccount;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@PermitAll
public class DefaultAuthentication implements Authentication {

    /** The actor of a failed login whose user name cannot be an account's. */
    static final String NO_ACCOUNT = "ANONYMOUS";

    private static final Logger LOG = Logger.getLogger(DefaultAuthentication.class.getName());

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecondFactors secondFactors;

    @Inject
    LoginThrottles throttles;

    @Inject
    AuditAppender audit;

    @Inject
    Directory directory;

    @Inject
    DirectoryAccounts directoryAccounts;

    @Override
    @AuditExempt("writes its entries itself: the login, or the failed or throttled attempt")
    public LoginResult login(String username, String password, String code, String clientAddress) {
        LocalDateTime now = accounts.now();
        String name = Accounts.normalised(username);
        if (name.length() > NewAccount.USERNAME_LENGTH) {
            return failed(NO_ACCOUNT, null, "user name too long", clientAddress, now);
        }
        if (throttles.throttled(name, clientAddress, now)) {
            audit.append(name, AuditAction.LOGIN_FAILED, null, null, null, null, AuditOutcome.DENIED, "throttled");
            return new LoginResult.Throttled();
        }
        Optional<Account> found = accounts.named(name);
        if (directory.enabled() && found.map(Account::directory).orElse(true)) {
            return directoryLogin(name, password, code, clientAddress, now);
        }
        boolean passwordMatches = hasher.matches(password, found.map(Account::passwordHash).orElse(null));
        if (found.isEmpty() || !found.get().enabled() || !passwordMatches) {
            return failed(name, name, null, clientAddress, now);
        }
        return accepted(found.get(), code, clientAddress, now);
    }

    /** A user of the organisation's directory: their account is made or brought in line once it accepts them. */
    private LoginResult directoryLogin(String name, String password, String code, String clientAddress,
            LocalDateTime now) {
        Optional<DirectoryUser> user;
        try {
            user = directory.authenticate(name, password);
        } catch (DirectoryUnavailable e) {
            LOG.warning(e.getMessage());
            audit.append(name, AuditAction.LOGIN_FAILED, null, null, null, null, AuditOutcome.DENIED,
                    "the directory did not answer");
            return new LoginResult.DirectoryUnavailable();
        }
        Optional<Account> account = user.flatMap(accepted -> directoryAccounts.signedIn(name, accepted, now));
        if (account.isEmpty()) {
            return failed(name, name, user.isEmpty() ? "refused by the directory" : "account disabled",
                    clientAddress, now);
        }
        return accepted(account.get(), code, clientAddress, now);
    }

    private LoginResult accepted(Account account, String code, String clientAddress, LocalDateTime now) {
        String name = account.username();
        Optional<SecondFactor> secondFactor = accounts.secondFactor(account);
        if (secondFactor.isPresent() && !codeAccepted(secondFactor.get(), code)) {
            return failed(name, name, "second factor", clientAddress, now);
        }
        throttles.succeeded(name, clientAddress);
        accounts.loggedIn(account, now);
        audit.append(name, AuditAction.LOGIN, null, null, null, null, AuditOutcome.SUCCESS, null);
        return new LoginResult.Accepted(name, account.displayName(), account.roles(), now, account.passwordChangeDue(),
                secondFactor.isEmpty() && secondFactors.requiredFor(account.roles()));
    }

    /** A secret that does not decrypt for this account (copied from another, X3) accepts no code. */
    private boolean codeAccepted(SecondFactor secondFactor, String code) {
        em.lock(secondFactor, LockModeType.PESSIMISTIC_WRITE);
        String secret;
        try {
            secret = secondFactor.secret();
        } catch (AlteredValue altered) {
            LOG.warning(altered.getMessage());
            return false;
        }
        OptionalLong step = secondFactors.acceptedStep(secret, code, secondFactor.lastStep());
        step.ifPresent(secondFactor::used);
        return step.isPresent();
    }

    /** Counts the failure under the address and, for a possible user name ({@code name} not null), the name. */
    private LoginResult failed(String actor, String name, String detail, String clientAddress, LocalDateTime now) {
        boolean throttled = throttles.failed(name, clientAddress, now);
        audit.append(actor, AuditAction.LOGIN_FAILED, null, null, null, null, AuditOutcome.DENIED, detail);
        return throttled ? new LoginResult.Throttled() : new LoginResult.Refused();
    }

    @Override
    @AuditExempt("reads no personal data: whether a signed-in session is still valid")
    public boolean sessionStillValid(String username, LocalDateTime sessionStart) {
        return accounts.named(username).map(account -> account.acceptsSessionFrom(sessionStart)).orElse(false);
    }
}
