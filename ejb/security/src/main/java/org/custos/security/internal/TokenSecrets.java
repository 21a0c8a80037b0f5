package org.custos.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Intake tokens and their hashes. A token is 256 random bits, so one SHA-256 round hides it as well as a slow
 * password hash would hide a password (nothing to guess from a dictionary), and lets the token be found by its
 * hash in one indexed read on every request.
 */
final class TokenSecrets {

    /** Tells a reader (and a secret scanner) what the string is. */
    static final String PREFIX = "custos_";

    /** Longer than any token made here: a longer string is refused without hashing it. */
    static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The hash kept for a token: 64 hexadecimal digits. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
