package org.custos.relationships.api;

import java.io.Serializable;

/** A country an organisation takes our data to without a valid safeguard recorded, for the DPM's home page. */
public record UnsafeguardedTransfer(long organisationId, String organisationName, String country,
        String countryName) implements Serializable {
}
