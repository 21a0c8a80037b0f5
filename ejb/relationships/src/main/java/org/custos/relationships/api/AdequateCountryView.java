package org.custos.relationships.api;

/** A country on the UK's adequacy list, by name, with the conditions it holds under. */
public record AdequateCountryView(String country, String name, long version, String conditions) {
}
