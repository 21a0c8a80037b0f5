package org.custos.protection.spi;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.Texts;

/**
 * One field of a context's records that a rectification may correct (D5), declared once: its label, the form
 * property whose rules check a corrected value (so a correction is held to the same rules as an edit), how the
 * typed text becomes a value, how to read the value now and how to set it. A holder lists its fields with
 * {@link #listed} and makes corrections with {@link #correct}.
 *
 * @param <R> the record (entity) the field belongs to
 */
public record CorrectableProperty<R>(String label, Class<?> form, String property, Function<String, Object> parser,
        Function<R, Object> reader, BiConsumer<R, Object> writer) {

    public CorrectableProperty {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(property, "property");
    }

    /** A text field: the typed text trimmed, blank for none. */
    @SuppressWarnings("unchecked")
    public static <R> CorrectableProperty<R> text(String label, Class<?> form, String property,
            Function<R, String> reader, BiConsumer<R, String> writer) {
        return new CorrectableProperty<>(label, form, property, Texts::blankToNull, reader::apply,
                (record, value) -> writer.accept(record, (String) value));
    }

    /** The field of that label among a record's fields. */
    public static <R> Optional<CorrectableProperty<R>> labelled(List<CorrectableProperty<R>> fields, String label) {
        return fields.stream().filter(field -> field.label.equals(label)).findFirst();
    }

    /** The field of {@code record} as a rectification lists it, with its value now. */
    public CorrectableField listed(DataContext context, String recordType, String recordId, String description,
            R record) {
        Object value = reader.apply(record);
        return new CorrectableField(context.key(), recordType, recordId, description, label,
                value == null ? null : value.toString(), false);
    }

    /**
     * Makes the correction on {@code record} unless its value cannot be read or breaks the form's rules, and counts
     * it either way.
     *
     * @return whether the record was changed
     */
    public boolean correct(R record, Correction correction, Validator validator, RectificationOutcome.Tally tally) {
        Object value;
        try {
            value = parser.apply(correction.value());
        } catch (IllegalArgumentException e) {
            tally.refused(correction, e.getMessage());
            return false;
        }
        if (!tally.valid(correction, validator.validateValue(form, property, value))) {
            return false;
        }
        writer.accept(record, value);
        tally.corrected();
        return true;
    }
}
