package org.custos.protection.register.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.custos.domain.subject.DataSubject;
import org.custos.domain.subject.PostalAddress;

/**
 * The fields of a person's master record that a rectification may correct (D5), each named as the register's form
 * names it ({@code property} of {@link org.custos.protection.register.api.SubjectForm}) so that a corrected value is checked
 * by the same rules as an edit.
 */
enum RegisterField {
    GIVEN_NAMES("Given names", "givenNames", DataSubject::givenNames,
            (s, v) -> s.rename((String) v, s.familyName())),
    FAMILY_NAME("Family name", "familyName", DataSubject::familyName,
            (s, v) -> s.rename(s.givenNames(), (String) v)),
    DATE_OF_BIRTH("Date of birth", "dateOfBirth", DataSubject::dateOfBirth,
            (s, v) -> s.describe((LocalDate) v, s.emails(), s.phone(), s.address())),
    EMAILS("Email addresses", "emails", s -> String.join(", ", s.emails().stream().sorted().toList()),
            (s, v) -> s.describe(s.dateOfBirth(), RegisterField.emails(v), s.phone(), s.address())),
    PHONE("Phone", "phone", DataSubject::phone,
            (s, v) -> s.describe(s.dateOfBirth(), s.emails(), (String) v, s.address())),
    ADDRESS_LINE_1("Address line 1", "addressLine1", s -> address(s).line1(), (s, v) -> moved(s,
            new PostalAddress((String) v, address(s).line2(), address(s).town(), address(s).postcode(),
                    address(s).country()))),
    ADDRESS_LINE_2("Address line 2", "addressLine2", s -> address(s).line2(), (s, v) -> moved(s,
            new PostalAddress(address(s).line1(), (String) v, address(s).town(), address(s).postcode(),
                    address(s).country()))),
    TOWN("Town", "town", s -> address(s).town(), (s, v) -> moved(s,
            new PostalAddress(address(s).line1(), address(s).line2(), (String) v, address(s).postcode(),
                    address(s).country()))),
    POSTCODE("Postcode", "postcode", s -> address(s).postcode(), (s, v) -> moved(s,
            new PostalAddress(address(s).line1(), address(s).line2(), address(s).town(), (String) v,
                    address(s).country()))),
    COUNTRY("Country", "country", s -> address(s).country(), (s, v) -> moved(s,
            new PostalAddress(address(s).line1(), address(s).line2(), address(s).town(), address(s).postcode(),
                    (String) v)));

    private final String label;
    private final String property;
    private final Function<DataSubject, Object> current;
    private final BiConsumer<DataSubject, Object> apply;

    RegisterField(String label, String property, Function<DataSubject, Object> current,
            BiConsumer<DataSubject, Object> apply) {
        this.label = label;
        this.property = property;
        this.current = current;
        this.apply = apply;
    }

    static Optional<RegisterField> labelled(String label) {
        return Arrays.stream(values()).filter(field -> field.label.equals(label)).findFirst();
    }

    String label() {
        return label;
    }

    String property() {
        return property;
    }

    String current(DataSubject subject) {
        Object value = current.apply(subject);
        return value == null ? null : value.toString();
    }

    /** The typed value of the text the DPM entered (blank for none); a date must be written as yyyy-mm-dd. */
    Object parse(String text) {
        String value = text == null || text.isBlank() ? null : text.trim();
        if (this == DATE_OF_BIRTH) {
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Enter the date of birth as year-month-day, like 1985-03-14.");
            }
        }
        if (this == EMAILS) {
            return value == null ? List.of() : Arrays.stream(value.split("[,;\\s]+")).toList();
        }
        return value;
    }

    void apply(DataSubject subject, Object value) {
        apply.accept(subject, value);
    }

    @SuppressWarnings("unchecked")
    private static List<String> emails(Object value) {
        return (List<String>) value;
    }

    private static PostalAddress address(DataSubject subject) {
        return subject.address() == null ? new PostalAddress(null, null, null, null, null) : subject.address();
    }

    private static void moved(DataSubject subject, PostalAddress address) {
        subject.describe(subject.dateOfBirth(), subject.emails(), subject.phone(), address);
    }
}
