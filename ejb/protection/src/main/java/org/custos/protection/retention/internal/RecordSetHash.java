package org.custos.protection.retention.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import org.custos.protection.spi.SubjectDataSection;

/**
 * The SHA-256 of a person's record set in one context, as the evidence of a destruction keeps it (R6): the export
 * serialised in a stable way (the items by record type and id, each field's label and value in the order the
 * context gives them, every text length-prefixed so that no two record sets serialise alike), never the data.
 */
final class RecordSetHash {

    private RecordSetHash() {
    }

    static String of(SubjectDataSection section) {
        StringBuilder text = new StringBuilder();
        append(text, section.context());
        section.items().stream().sorted(Comparator.comparing(SubjectDataSection.DataItem::recordType)
                .thenComparing(SubjectDataSection.DataItem::recordId)).forEach(item -> {
                    append(text, item.recordType());
                    append(text, item.recordId());
                    text.append(item.fields().size()).append(':');
                    item.fields().forEach(field -> {
                        append(text, field.label());
                        append(text, field.value());
                        append(text, field.otherPerson());
                    });
                });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void append(StringBuilder text, String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }
}
