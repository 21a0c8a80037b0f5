package org.custos.protection.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.document.StoredDocument;
import org.custos.domain.shared.OrganisationTime;

/** What one context holds about one person: one item per record or document. */
public record SubjectDataSection(String context, List<DataItem> items) {

    /** The label of a field that names where the data came from, other than the person; responses list it (D3). */
    public static final String SOURCE = "Source of the data";

    /** The label of a field that names the purpose a record serves; responses list it among the purposes (D3). */
    public static final String PURPOSE = "Purpose";

    /**
     * The label of the field that says what a record is to the person, in their words ("Your application for Office
     * Manager, June 2026", "Your details"); a response groups its copy of the data by it (D3).
     */
    public static final String ABOUT = "About";

    public SubjectDataSection {
        items = List.copyOf(items);
    }

    /** One record, its fields in display order (label, value). */
    public record DataItem(String recordType, String recordId, List<Field> fields) {
        public DataItem {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field; {@code otherPerson}, when set, says that its value is another person's data rather than the
     * person's own, and whose, in words for the reviewer ("Zara Quill, the complainant, who asked not to be named to
     * the person a complaint is about"): a response proposes it for redaction (D3), and the reviewer decides.
     */
    public record Field(String label, String value, String otherPerson) {

        /** A field of the person's own data. */
        public Field(String label, String value) {
            this(label, value, null);
        }
    }

    /** Builds an item's fields in display order, leaving out the empty ones; what it is to the person comes last. */
    public static final class Fields {

        private final List<Field> fields = new ArrayList<>();
        private String about;

        /** What the record is to the person ({@link #ABOUT}), kept as the item's last field. */
        public Fields about(String text) {
            this.about = text;
            return this;
        }

        public Fields add(String label, Object value) {
            if (value != null && !value.toString().isBlank()) {
                fields.add(new Field(label, words(value)));
            }
            return this;
        }

        /**
         * A field whose value is another person's data ({@code whose}, in words for the reviewer), which a response
         * proposes to redact (D3); left out when empty, as the others are.
         */
        public Fields addOtherPersons(String label, Object value, String whose) {
            if (value != null && !value.toString().isBlank()) {
                fields.add(new Field(label, words(value), whose));
            }
            return this;
        }

        /** A value as the person reads it: days and moments in words ("3 December 2026"), anything else as it is. */
        private static String words(Object value) {
            if (value instanceof LocalDate day) {
                return OrganisationTime.DAY.format(day);
            }
            if (value instanceof LocalDateTime moment) {
                return OrganisationTime.MOMENT.format(moment);
            }
            return value.toString();
        }

        /** What a copy of the data says of a stored document: its name, type, size, hash and day of upload. */
        public Fields document(StoredDocument document) {
            return add("File name", document.fileName()).add("Type", document.mediaType())
                    .add("Size in bytes", document.sizeBytes()).add("SHA-256", document.sha256())
                    .add("Uploaded on", document.uploadedAt().toLocalDate());
        }

        public DataItem item(String recordType, String recordId) {
            List<Field> all = new ArrayList<>(fields);
            if (about != null) {
                all.add(new Field(ABOUT, about));
            }
            return new DataItem(recordType, recordId, all);
        }
    }
}
