package org.custos.domain.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data keys: one current key that encrypts, and older ones that still decrypt until a rotation has
 * re-encrypted everything under the current key. A ciphertext reads {@code <key id>+row:<base64 of IV and
 * ciphertext with its tag>}; its associated data is the key id and its {@link Binding} (table, column, row), so it
 * decrypts only where it was stored. Values stored before the binding, {@code <key id>:<base64>} with the key id
 * alone as associated data, still decrypt anywhere until a rotation rebinds them (ADR 0009).
 */
public final class KeyRing {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    /** Marks, after the key id, a value bound to its table, column and row. */
    private static final String BOUND = "+row";
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

    public String encrypt(String plaintext, Binding binding) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), binding);
    }

    public String decrypt(String ciphertext, Binding binding) {
        return new String(decryptBytes(ciphertext, binding), StandardCharsets.UTF_8);
    }

    public String encrypt(byte[] plaintext, Binding binding) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        String head = currentId + BOUND;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(head, binding));
            byte[] sealed = cipher.doFinal(plaintext);
            return head + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @throws AlteredValue when the value is not a ciphertext or does not decrypt under {@code binding}
     * @throws IllegalStateException when the key it names is not configured
     */
    public byte[] decryptBytes(String ciphertext, Binding binding) {
        int colon = ciphertext.indexOf(':');
        String head = colon < 0 ? "" : ciphertext.substring(0, colon);
        boolean bound = head.endsWith(BOUND);
        String keyId = bound ? head.substring(0, head.length() - BOUND.length()) : head;
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new AlteredValue(binding, null);
        }
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("The data key " + keyId + " is not configured");
        }
        byte[] sealed = sealedBytes(ciphertext.substring(colon + 1), binding);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(bound ? associatedData(head, binding) : keyId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException altered) {
            throw new AlteredValue(binding, altered);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] sealedBytes(String base64, Binding binding) {
        try {
            byte[] sealed = Base64.getDecoder().decode(base64);
            if (sealed.length < IV_BYTES + TAG_BITS / 8) {
                throw new AlteredValue(binding, null);
            }
            return sealed;
        } catch (IllegalArgumentException notBase64) {
            throw new AlteredValue(binding, notBase64);
        }
    }

    private static byte[] associatedData(String head, Binding binding) {
        return String.join("\n", head, binding.table(), binding.column(), Long.toString(binding.row()))
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The same plaintext, text or bytes alike, encrypted again under the current key and bound (rotation). */
    public String reencrypt(String ciphertext, Binding binding) {
        return encrypt(decryptBytes(ciphertext, binding), binding);
    }

    /** Whether the ciphertext is under the current key and bound to its row (rotation skips those). */
    public boolean isCurrent(String ciphertext) {
        return ciphertext.startsWith(currentPrefix());
    }

    /** How every ciphertext under the current key and bound to its row begins. */
    public String currentPrefix() {
        return currentId + BOUND + ":";
    }

    /** A new random AES-256 key. */
    public static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
