package org.custos.security.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where the audit chain had got to at a moment: the position and MAC of its last entry (X2). */
public record Checkpoint(long position, String mac, LocalDateTime at) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** When it was taken, as people read it: "3 December 2026 at 10:15". */
    String when() {
        return at.format(SHOWN);
    }

    /** One line of text: position, MAC and time (ISO), separated by spaces. */
    String line() {
        return position + " " + mac + " " + at;
    }

    static Checkpoint parse(String line) {
        String[] parts = line.trim().split(" ");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not an audit checkpoint: " + line);
        }
        return new Checkpoint(Long.parseLong(parts[0]), parts[1], LocalDateTime.parse(parts[2]));
    }
}
