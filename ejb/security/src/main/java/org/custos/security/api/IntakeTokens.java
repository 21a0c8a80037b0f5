package org.custos.security.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The credentials of the client systems that send data in through the API (the website's form, say): the
 * administrator makes one per client, sees it once, and revokes it; only its hash is kept. The API checks each
 * request's token here, and each client's rate: refusals are audited.
 */
@Local
public interface IntakeTokens {

    /** Every token, revoked ones too, newest first (ADMIN). */
    List<IntakeTokenView> tokens();

    /**
     * Makes a token for a client (ADMIN); the answer holds the token itself, which is never shown again.
     *
     * @throws RequestRefused when a token in use already has the name
     */
    IssuedToken issue(@NotNull @Valid IntakeTokenForm form);

    /** The token is refused from its next request on (ADMIN). */
    IntakeTokenView revoke(@RecordId long tokenId);

    /**
     * Which client a request's token belongs to, and whether it is within its rate (open to every caller: the API
     * asks before it knows who calls). An unknown or revoked token, and a client over its rate, are audited here.
     *
     * @param presented the token as the request carried it
     * @param call what the request asked, for the audit trail (e.g. "POST /rights-requests")
     */
    ClientCheck check(@NotNull String presented, @NotNull String call);
}
