package org.custos.protection.rights.api;

/** One field of an item of a response, as the context held it or as it is redacted (D3). */
public record ItemField(String label, String value) {
}
