package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.custos.domain.security.IntakeToken;
import org.custos.domain.shared.Role;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.AuditOutcome;
import org.custos.security.api.Audited;
import org.custos.security.api.ClientCheck;
import org.custos.security.api.IntakeTokenForm;
import org.custos.security.api.IntakeTokenView;
import org.custos.security.api.IntakeTokens;
import org.custos.security.api.IssuedToken;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.ADMIN)
public class DefaultIntakeTokens implements IntakeTokens {

    /** How a client is named in the audit trail: its token's name after this. */
    static final String CALLER_PREFIX = "api:";

    private static final String RECORD = "IntakeToken";

    /** The request as the audit entry of a refusal tells it, cut off within the entry's detail. */
    private static final int CALL_LENGTH = 200;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    @Inject
    ClientRates rates;

    @Inject
    AuditAppender audit;

    @Override
    @AuditExempt("reads no personal data: the client systems' names and dates")
    public List<IntakeTokenView> tokens() {
        return em.createQuery("select t from IntakeToken t order by t.createdAt desc, t.id desc", IntakeToken.class)
                .getResultList().stream().map(DefaultIntakeTokens::view).toList();
    }

    @Override
    @Audited(value = AuditAction.INTAKE_TOKEN_ISSUED, record = RECORD)
    public IssuedToken issue(IntakeTokenForm form) {
        String name = form.name().trim();
        if (!em.createQuery("select t from IntakeToken t where t.name = :name and t.revokedAt is null",
                IntakeToken.class).setParameter("name", name).getResultList().isEmpty()) {
            throw new RequestRefused("A token named " + name + " is in use already: revoke it first, or choose "
                    + "another name.");
        }
        String token = TokenSecrets.newToken();
        IntakeToken made = new IntakeToken(name, TokenSecrets.hash(token), form.scopes(), caller.getName(), now());
        em.persist(made);
        em.flush();
        return new IssuedToken(view(made), token);
    }

    @Override
    @Audited(value = AuditAction.INTAKE_TOKEN_REVOKED, record = RECORD)
    public IntakeTokenView revoke(long tokenId) {
        IntakeToken token = Optional.ofNullable(em.find(IntakeToken.class, tokenId))
                .orElseThrow(() -> new RequestRefused("The token is no longer there."));
        if (!token.revoked()) {
            token.revoke(caller.getName(), now());
            rates.forget(tokenId);
        }
        return view(token);
    }

    @Override
    @PermitAll
    @AuditExempt("reads no personal data; writes the entry of a refused token or a client over its rate itself")
    public ClientCheck check(String presented, String requested) {
        String call = requested.length() <= CALL_LENGTH ? requested : requested.substring(0, CALL_LENGTH);
        Optional<IntakeToken> found = presented.length() > TokenSecrets.MAX_LENGTH ? Optional.empty()
                : em.createQuery("select t from IntakeToken t where t.tokenHash = :hash", IntakeToken.class)
                        .setParameter("hash", TokenSecrets.hash(presented)).getResultStream().findFirst();
        if (found.isEmpty() || found.get().revoked()) {
            audit.append(DefaultAuthentication.NO_ACCOUNT, AuditAction.API_CALL_REFUSED, null, RECORD,
                    found.map(token -> token.id().toString()).orElse(null), null, AuditOutcome.DENIED,
                    (found.isEmpty() ? "unknown token: " : "revoked token: ") + call);
            return new ClientCheck.Refused();
        }
        IntakeToken token = found.get();
        String client = CALLER_PREFIX + token.name();
        long wait = rates.take(token.id());
        if (wait > 0) {
            audit.append(client, AuditAction.API_CALL_REFUSED, null, RECORD, token.id().toString(), null,
                    AuditOutcome.DENIED, "over the rate limit: " + call);
            return new ClientCheck.Limited(wait);
        }
        token.used(now());
        return new ClientCheck.Accepted(client, token.scopes());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static IntakeTokenView view(IntakeToken token) {
        return new IntakeTokenView(token.id(), token.name(), token.scopes(), token.createdBy(), token.createdAt(),
                token.lastUsedAt(), token.revokedAt());
    }
}
