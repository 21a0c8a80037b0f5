package org.custos.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit chain's rule (X2): each entry's MAC is HMAC-SHA256 over its content and the previous entry's MAC,
 * so altering, removing or inserting an entry breaks every MAC after it. The head's MAC covers the position and
 * MAC of the last entry, so the head cannot be moved back over removed entries without the key.
 */
final class AuditChain {

    static final String GENESIS_MAC = "0".repeat(64);

    /** Marks the head's MAC input: it starts with a letter, every entry's with the previous entry's hex MAC. */
    private static final String HEAD = "head";

    private final SecretKeySpec key;
    /**
     * Set up with the key once and never used itself: each MAC is computed on a copy, which saves looking up the
     * algorithm and preparing the key for every entry (most of a MAC's cost when millions are verified).
     */
    private final Mac keyed;

    AuditChain(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The audit key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.keyed = newMac();
    }

    /** The content of one entry, as the MAC covers it; {@code shownSubjectIds} in ascending order. */
    record Link(long position, LocalDateTime occurredAt, String actor, String action, Long subjectId,
            String recordType, String recordId, Long purposeId, String outcome, String detail,
            List<Long> shownSubjectIds) {

        Link {
            shownSubjectIds = shownSubjectIds.isEmpty() ? List.of()
                    : shownSubjectIds.stream().sorted().distinct().toList();
        }

        /**
         * Each field length-prefixed, so no choice of values can make two different entries read the same. The
         * people shown are a field only when there are any, so entries written before they were recorded keep
         * their MACs.
         */
        String canonical() {
            StringBuilder text = new StringBuilder(160);
            for (Object field : new Object[] {position, occurredAt, actor, action, subjectId, recordType, recordId,
                purposeId, outcome, detail}) {
                field(text, field);
            }
            if (!shownSubjectIds.isEmpty()) {
                field(text, shownSubjectIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            return text.toString();
        }

        private static void field(StringBuilder text, Object field) {
            String value = Objects.toString(field, "");
            text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
        }
    }

    String mac(Link link, String previousMac) {
        return hmac(previousMac, link.canonical());
    }

    /** Compares in constant time. */
    boolean matches(Link link, String previousMac, String storedMac) {
        return same(mac(link, previousMac), storedMac);
    }

    /** The head's MAC when its last entry is at {@code lastPosition} with {@code lastMac}. */
    String headMac(long lastPosition, String lastMac) {
        return hmac(HEAD, lastPosition + ":" + lastMac);
    }

    /** Whether {@code storedMac} is the head's MAC over this last entry; a missing MAC never is. */
    boolean headMatches(long lastPosition, String lastMac, String storedMac) {
        return storedMac != null && same(headMac(lastPosition, lastMac), storedMac);
    }

    private String hmac(String prefix, String text) {
        Mac hmac = copy();
        hmac.update(prefix.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac copy() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static boolean same(String computed, String stored) {
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }
}
