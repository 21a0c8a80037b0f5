package org.custos.relationships.api;

import java.io.Serializable;

/** A country on the UK's adequacy list, by name, with the conditions it holds under. */
public record AdequateCountryView(String country, String name, long version, String conditions)
        implements Serializable {
}
