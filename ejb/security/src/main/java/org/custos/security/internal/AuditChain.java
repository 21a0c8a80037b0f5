package org.custos.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain's rule (X2): each entry's MAC is HMAC-SHA256 over its content and the previous entry's MAC,
 * so altering, removing or inserting an entry breaks every MAC after it.
 */
final class AuditChain {

    static final String GENESIS_MAC = "0".repeat(64);

    private final SecretKeySpec key;

    AuditChain(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The audit key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The content of one entry, as the MAC covers it. */
    record Link(long position, LocalDateTime occurredAt, String actor, String action, Long subjectId,
            String recordType, String recordId, Long purposeId, String outcome, String detail) {

        /** Each field length-prefixed, so no choice of values can make two different entries read the same. */
        String canonical() {
            StringBuilder text = new StringBuilder();
            for (Object field : new Object[] {position, occurredAt, actor, action, subjectId, recordType, recordId,
                    purposeId, outcome, detail}) {
                String value = Objects.toString(field, "");
                text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
            }
            return text.toString();
        }
    }

    String mac(Link link, String previousMac) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(previousMac.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hmac.doFinal(link.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Compares in constant time. */
    boolean matches(Link link, String previousMac, String storedMac) {
        return MessageDigest.isEqual(mac(link, previousMac).getBytes(StandardCharsets.US_ASCII),
                storedMac.getBytes(StandardCharsets.US_ASCII));
    }
}
