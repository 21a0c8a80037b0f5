package org.custos.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.custos.protection.calendar.api.PeriodText;

/**
 * A setting's period in words on the page ("6 months", "72 hours", "off") and ISO-8601 text (P6M, PT72H, OFF)
 * behind it, through {@link PeriodText}. Text it cannot read is refused with a message, and stays in the field.
 * Empty stays empty (the setting's default). A whole number stays as it is: the one setting that is a number of
 * people, not a period (R7's anonymity group), checks it.
 */
@FacesConverter("periodWords")
public class PeriodWordsConverter implements Converter<String> {

    static final String REFUSED = "Enter the period in words, such as 1 month, 6 months, 10 days or 72 hours (off"
            + " turns an email reminder off).";

    @Override
    public String getAsString(FacesContext context, UIComponent component, String iso) {
        return PeriodText.words(iso);
    }

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        if (text.strip().matches("[0-9]{1,6}")) {
            return text.strip(); // a number of people (R7's anonymity group), which the setting itself checks
        }
        return PeriodText.iso(text).orElseThrow(() -> new ConverterException(new FacesMessage(
                FacesMessage.SEVERITY_ERROR, REFUSED, null)));
    }
}
