package org.custos.protection.rights.api;

/** One labelled value of an item under review (D3), as the DPM reads, redacts and discloses it. */
public record ItemField(String label, String value) {
}
