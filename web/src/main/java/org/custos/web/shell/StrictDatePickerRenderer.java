package org.custos.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import java.io.IOException;
import java.time.format.ResolverStyle;
import org.primefaces.component.api.UICalendar;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.datepicker.DatePickerRenderer;

/**
 * Every date picker reads a typed date strictly: PrimeFaces resolves "31/02/1990" to 28 February by default
 * (its {@code resolverStyle} is {@code SMART}); read strictly, a day that does not exist is refused with the
 * conversion message ({@code Messages.properties}). What was typed stays in the box: the picker's script would
 * otherwise replace text it cannot read by the last day it could, on leaving the box and again when the refused
 * page is shown ({@code keepInvalid}).
 */
public class StrictDatePickerRenderer extends DatePickerRenderer {

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted)
            throws ConverterException {
        ((UICalendar) component).setResolverStyle(ResolverStyle.STRICT.name());
        return super.getConvertedValue(context, component, submitted);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        ((DatePicker) component).setKeepInvalid(true);
        super.encodeEnd(context, component);
    }
}
