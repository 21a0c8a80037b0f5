package org.custos.protection.register.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.custos.domain.shared.Texts;
import org.custos.domain.subject.DataSubject;
import org.custos.domain.subject.PostalAddress;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.spi.CorrectableProperty;

/**
 * The fields of a person's master record that a rectification may correct (D5), each named as the register's form
 * names it (a property of {@link SubjectForm}) so that a corrected value is checked by the same rules as an edit.
 */
final class RegisterFields {

    static final List<CorrectableProperty<DataSubject>> ALL = List.of(
            CorrectableProperty.text("Given names", SubjectForm.class, "givenNames", DataSubject::givenNames,
                    (s, v) -> s.rename(v, s.familyName())),
            CorrectableProperty.text("Family name", SubjectForm.class, "familyName", DataSubject::familyName,
                    (s, v) -> s.rename(s.givenNames(), v)),
            new CorrectableProperty<>("Date of birth", SubjectForm.class, "dateOfBirth", RegisterFields::date,
                    DataSubject::dateOfBirth, (s, v) -> s.describe((LocalDate) v, s.emails(), s.phone(), s.address())),
            new CorrectableProperty<>("Email addresses", SubjectForm.class, "emails", RegisterFields::emails,
                    s -> String.join(", ", s.emails().stream().sorted().toList()),
                    (s, v) -> s.describe(s.dateOfBirth(), emails(v), s.phone(), s.address())),
            CorrectableProperty.text("Phone", SubjectForm.class, "phone", DataSubject::phone,
                    (s, v) -> s.describe(s.dateOfBirth(), s.emails(), v, s.address())),
            address("Address line 1", "addressLine1", PostalAddress::line1,
                    (a, v) -> new PostalAddress(v, a.line2(), a.town(), a.postcode(), a.country())),
            address("Address line 2", "addressLine2", PostalAddress::line2,
                    (a, v) -> new PostalAddress(a.line1(), v, a.town(), a.postcode(), a.country())),
            address("Town", "town", PostalAddress::town,
                    (a, v) -> new PostalAddress(a.line1(), a.line2(), v, a.postcode(), a.country())),
            address("Postcode", "postcode", PostalAddress::postcode,
                    (a, v) -> new PostalAddress(a.line1(), a.line2(), a.town(), v, a.country())),
            address("Country", "country", PostalAddress::country,
                    (a, v) -> new PostalAddress(a.line1(), a.line2(), a.town(), a.postcode(), v)));

    private RegisterFields() {
    }

    /** A line of the postal address: {@code moved} is the address with the line replaced. */
    private static CorrectableProperty<DataSubject> address(String label, String property,
            Function<PostalAddress, String> line, AddressChange moved) {
        return CorrectableProperty.text(label, SubjectForm.class, property, s -> line.apply(address(s)),
                (s, v) -> s.describe(s.dateOfBirth(), s.emails(), s.phone(), moved.apply(address(s), v)));
    }

    private interface AddressChange {
        PostalAddress apply(PostalAddress address, String line);
    }

    /** A date must be written as yyyy-mm-dd; blank for none. */
    private static Object date(String text) {
        String value = Texts.blankToNull(text);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Enter the date of birth as year-month-day, like 1985-03-14.");
        }
    }

    /** Addresses separated by commas, semicolons or spaces. */
    private static Object emails(String text) {
        String value = Texts.blankToNull(text);
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\s]+")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> emails(Object value) {
        return (List<String>) value;
    }

    private static PostalAddress address(DataSubject subject) {
        return subject.address() == null ? new PostalAddress(null, null, null, null, null) : subject.address();
    }
}
