package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aTokenCarries256RandomBitsAndFitsTheLengthChecked() {
        String token = TokenSecrets.newToken();
        assertTrue(token.startsWith(TokenSecrets.PREFIX));
        assertEquals(43, token.length() - TokenSecrets.PREFIX.length(), "32 bytes in URL-safe base64");
        assertTrue(token.length() <= TokenSecrets.MAX_LENGTH);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in a header without quoting");
        assertNotEquals(token, TokenSecrets.newToken());
    }

    @Test
    void theHashIsKeptNotTheTokenAndTheSameTokenAlwaysFindsItsHash() {
        String token = TokenSecrets.newToken();
        String hash = TokenSecrets.hash(token);
        assertEquals(64, hash.length());
        assertFalse(hash.contains(token.substring(TokenSecrets.PREFIX.length())));
        assertEquals(hash, TokenSecrets.hash(token));
        assertNotEquals(hash, TokenSecrets.hash(token + "x"));
    }

    @Test
    void theHashIsSha256InHexadecimal() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
    }
}
