package org.custos.protection.holds.api;

import java.util.Optional;

/**
 * The port through which the context that keeps the register of organisations names a disclosure's recipient and says
 * whether personal data may go to it (D5, X4). Found with CDI in every module of the application, as the SPI's
 * holders are: protection depends on no context that implements it, and with none deployed no organisation is known.
 * Not a facade: the disclosure facade calls it after checking roles, and audits the call.
 */
public interface DisclosureRecipients {

    /** The organisation's name, or nothing when it is not one this context keeps. */
    Optional<String> name(long organisationId);

    /** Why no personal data may be disclosed to the organisation today, as a sentence, or nothing when it may. */
    Optional<String> refusal(long organisationId);
}
