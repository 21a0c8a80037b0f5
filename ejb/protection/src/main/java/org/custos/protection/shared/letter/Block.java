package org.custos.protection.shared.letter;

import java.util.List;

/** One block of a letter's body, in reading order. */
public sealed interface Block {

    /** A heading; {@code level} 1 for a section, 2 for a part of one. */
    record Heading(String text, int level) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    /** A remark in smaller, slanted text (a redaction note). */
    record Note(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table of labelled values; an empty value prints as a dash. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
    }
}
