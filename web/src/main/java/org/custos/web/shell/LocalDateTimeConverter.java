package org.custos.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.custos.domain.shared.OrganisationTime;

/**
 * How every page shows a moment, in London time as stored: "3 December 2026 14:30". Faces applies it by type to
 * each {@code LocalDateTime} that an {@code h:outputText} shows; {@code seconds="true"} on the component adds the
 * seconds, for the audit trail. Date pickers keep their own input pattern.
 */
@FacesConverter(forClass = LocalDateTime.class)
public class LocalDateTimeConverter implements Converter<LocalDateTime> {

    private static final DateTimeFormatter MINUTE = OrganisationTime.MOMENT;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", Locale.UK);

    /** The moment as pages show it, "3 December 2026 14:05" (empty for none), for messages and files. */
    public static String shown(LocalDateTime moment) {
        return shown(moment, false);
    }

    static String shown(LocalDateTime moment, boolean withSeconds) {
        return moment == null ? "" : (withSeconds ? SECOND : MINUTE).format(moment);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime moment) {
        return shown(moment, LocalDateConverter.asks(component, "seconds"));
    }

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), MINUTE);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Enter the day and time like 3 December 2026 14:30.", null), e);
        }
    }
}
