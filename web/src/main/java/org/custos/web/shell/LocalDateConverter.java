package org.custos.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.custos.domain.shared.OrganisationTime;

/**
 * How every page shows a day: "3 December 2026". Faces applies it by type to each {@code LocalDate} that an
 * {@code h:outputText} shows, so pages name no pattern; {@code weekday="true"} on the component adds the day of the
 * week ("Thursday 3 December 2026"). Date pickers keep their own input pattern: PrimeFaces does not give them
 * converters by type.
 */
@FacesConverter(forClass = LocalDate.class)
public class LocalDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter DAY = OrganisationTime.DAY;
    private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** The day as pages show it (empty for none), for messages that name one. */
    public static String shown(LocalDate day) {
        return shown(day, false);
    }

    static String shown(LocalDate day, boolean withWeekday) {
        return day == null ? "" : (withWeekday ? WITH_WEEKDAY : DAY).format(day);
    }

    /** Whether the page asks for an option of how a date is shown, as {@code weekday="true"} on the component. */
    static boolean asks(UIComponent component, String option) {
        return Boolean.parseBoolean(String.valueOf(component.getAttributes().get(option)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate day) {
        return shown(day, asks(component, "weekday"));
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Enter the day like 3 December 2026.", null), e);
        }
    }
}
