package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.OptionalLong;
import org.custos.domain.security.Account;
import org.custos.domain.security.SecondFactor;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.OwnAccount;
import org.custos.security.api.OwnAccountView;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SecondFactorSetup;
import org.custos.security.api.ValidatedArguments;

/** Open to every signed-in caller with an account, whatever their roles: it acts on the caller's account only. */
@Stateless
@ValidatedArguments
@PermitAll
public class DefaultOwnAccount implements OwnAccount {

    static final String DIRECTORY_PASSWORD = "You sign in with your password of the organisation's directory: "
            + "change it there, as for the rest of the intranet.";

    private static final String RECORD = "Account";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Directory directory;

    @Inject
    SecondFactors secondFactors;

    @Inject
    Principal caller;

    @Override
    @Audited(record = RECORD)
    public OwnAccountView mine() {
        return view(own());
    }

    @Override
    @Audited(value = AuditAction.PASSWORD_CHANGED, record = RECORD)
    public LocalDateTime changePassword(String currentPassword, String newPassword) {
        Account account = own();
        if (account.directory()) {
            throw new RequestRefused(DIRECTORY_PASSWORD);
        }
        checkPassword(account, currentPassword);
        if (currentPassword.equals(newPassword)) {
            throw new RequestRefused("Choose a password other than the current one.");
        }
        LocalDateTime now = accounts.now();
        account.changeOwnPassword(accounts.hashed(newPassword, account.username()), now);
        em.flush();
        return now;
    }

    @Override
    @Audited(record = RECORD)
    public SecondFactorSetup newSecondFactor() {
        return secondFactors.newSetup(own().username());
    }

    @Override
    @Audited(value = AuditAction.SECOND_FACTOR_ENABLED, record = RECORD)
    public OwnAccountView enableSecondFactor(String secret, String code) {
        Account account = own();
        if (accounts.secondFactor(account).isPresent()) {
            throw new RequestRefused("Your account has a second factor already: turn it off first.");
        }
        OptionalLong step = secondFactors.acceptedStep(secret, code, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new RequestRefused("This is not the code your authenticator app shows now. Check that its clock "
                    + "is right and type the code it shows.");
        }
        em.persist(new SecondFactor(account.id(), secret, accounts.now(), step.getAsLong()));
        em.flush();
        return view(account);
    }

    @Override
    @Audited(value = AuditAction.SECOND_FACTOR_REMOVED, record = RECORD)
    public OwnAccountView removeSecondFactor(String currentPassword) {
        Account account = own();
        checkPassword(account, currentPassword);
        if (secondFactors.requiredFor(account.roles())) {
            throw new RequestRefused("Your roles need a second factor: it cannot be turned off.");
        }
        accounts.secondFactor(account).ifPresent(em::remove);
        em.flush();
        return view(account);
    }

    private Account own() {
        return accounts.named(caller.getName()).filter(Account::enabled)
                .orElseThrow(() -> new AccessRefused("Only a signed-in user can change their account."));
    }

    private void checkPassword(Account account, String password) {
        boolean right = account.directory()
                ? directory.authenticate(account.username(), password).isPresent()
                : hasher.matches(password, account.passwordHash());
        if (!right) {
            throw new RequestRefused("Your current password is not right.");
        }
    }

    private OwnAccountView view(Account account) {
        return new OwnAccountView(account.username(), account.displayName(), account.roles(),
                account.passwordChangeDue(), account.directory(), accounts.secondFactor(account).isPresent(),
                secondFactors.requiredFor(account.roles()));
    }
}
