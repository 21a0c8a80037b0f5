package org.custos.domain.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys: one current key that encrypts, and older ones that still decrypt until a rotation has
 * re-encrypted everything under the current key. A ciphertext reads {@code <key id>:<base64 of IV and
 * ciphertext with its tag>}.
 */
public final class KeyRing {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    /** @param keys key id → 32-byte AES key, in any order; {@code currentId} must be one of them */
    public KeyRing(String currentId, Map<String, byte[]> keys) {
        Map<String, SecretKeySpec> specs = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("A key id has 1 to 32 letters, digits, - or _: " + id);
            }
            if (key.length != 32) {
                throw new IllegalArgumentException("Key " + id + " is not an AES-256 key (32 bytes)");
            }
            specs.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!specs.containsKey(currentId)) {
            throw new IllegalArgumentException("The current key " + currentId + " is not among the keys");
        }
        this.currentId = currentId;
        this.keys = Map.copyOf(specs);
    }

    public String currentId() {
        return currentId;
    }

    public String encrypt(String plaintext) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
    }

    public String decrypt(String ciphertext) {
        return new String(decryptBytes(ciphertext), StandardCharsets.UTF_8);
    }

    public String encrypt(byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(currentId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext);
            return currentId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public byte[] decryptBytes(String ciphertext) {
        int colon = ciphertext.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a Custos ciphertext (no key id)");
        }
        String keyId = ciphertext.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("The data key " + keyId + " is not configured");
        }
        byte[] sealed = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A value encrypted under key " + keyId + " cannot be decrypted: it was "
                    + "altered, or the key is not the one it was encrypted with", e);
        }
    }

    /** The same plaintext, text or bytes alike, encrypted again under the current key (rotation). */
    public String reencrypt(String ciphertext) {
        return encrypt(decryptBytes(ciphertext));
    }

    /** Whether the ciphertext is under the current key (rotation skips those). */
    public boolean isCurrent(String ciphertext) {
        return ciphertext.startsWith(currentId + ":");
    }

    /** A new random AES-256 key. */
    public static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
