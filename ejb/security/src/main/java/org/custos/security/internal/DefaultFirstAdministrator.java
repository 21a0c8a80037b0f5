package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.AccountView;
import org.custos.security.api.AuditAction;
import org.custos.security.api.ValidatedArguments;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.FirstAdministrator;
import org.custos.security.api.NewAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator at first start from {@code custos.admin.user} and {@code custos.admin.password}
 * (env {@code CUSTOS_ADMIN_USER}, {@code CUSTOS_ADMIN_PASSWORD}); without them, logs a one-time setup link. Only
 * a hash of the link's token is kept, in memory: a restart prints a new link. The same happens at any start
 * without an active administrator: the sysadmin's recovery when the administrators cannot log in (README).
 */
@Singleton
@ValidatedArguments
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class DefaultFirstAdministrator implements FirstAdministrator {

    static final String SETUP_LOG_LINE = "Custos first-administrator setup: ";
    private static final Logger LOG = Logger.getLogger(DefaultFirstAdministrator.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    AuditAppender audit;

    @Inject
    @ConfigProperty(name = "custos.admin.user")
    Optional<String> configuredUser;

    @Inject
    @ConfigProperty(name = "custos.admin.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "custos.base.url", defaultValue = "http://127.0.0.1:8080/custos")
    String baseUrl;

    private byte[] tokenHash;

    @PostConstruct
    void firstStart() {
        if (!accounts.noActiveAdministrator()) {
            return;
        }
        if (configuredUser.isPresent() && configuredPassword.isPresent()) {
            try {
                NewAccount admin = new NewAccount(configuredUser.get(), "Administrator", configuredPassword.get(),
                        Set.of(Role.ADMIN));
                created(accounts.open(admin, admin.roles()).username(), "from configuration");
                return;
            } catch (RequestRefused refused) {
                LOG.log(Level.SEVERE, "CUSTOS_ADMIN_USER/CUSTOS_ADMIN_PASSWORD were not accepted: {0}",
                        refused.getMessage());
            }
        }
        openSetup();
    }

    private void openSetup() {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        tokenHash = sha256(text);
        LOG.log(Level.WARNING, SETUP_LOG_LINE + "{0}/setup.xhtml?token={1}", new Object[] {baseUrl, text});
    }

    @Override
    @AuditExempt("reads no personal data: whether the setup link is open")
    public boolean setupOpen() {
        return tokenHash != null;
    }

    @Override
    @AuditExempt("writes its entry itself: the first administrator created")
    public AccountView create(String token, NewAccount administrator) {
        if (tokenHash == null || !MessageDigest.isEqual(tokenHash, sha256(token)) || !accounts.noActiveAdministrator()) {
            throw new RequestRefused("This setup link is not valid. Use the link printed in the server log at "
                    + "the last start.");
        }
        NewAccount admin = new NewAccount(administrator.username(), administrator.displayName(),
                administrator.password(), Set.of(Role.ADMIN));
        AccountView created = accounts.view(accounts.open(admin, admin.roles()));
        tokenHash = null;
        created(created.username(), "through the setup link");
        return created;
    }

    private void created(String username, String how) {
        audit.append(username, AuditAction.FIRST_ADMINISTRATOR_CREATED, null, "Account", username, null,
                AuditOutcome.SUCCESS, how);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
