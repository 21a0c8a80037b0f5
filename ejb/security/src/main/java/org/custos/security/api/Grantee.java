package org.custos.security.api;

/** An account that can be granted need-to-know access (X1), as the DPM chooses it. */
public record Grantee(String username, String displayName) {
}
