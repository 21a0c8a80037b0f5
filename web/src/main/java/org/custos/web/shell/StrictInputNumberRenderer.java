package org.custos.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * Every number box refuses a value that is no number with a sentence on the form, not the error page (issue 20, bad
 * input). Its script lets no one type letters, but a crafted request can send them, and PrimeFaces then stops the
 * whole request ("Invalid number"). Here such a value goes on to the box's converter as it came, which refuses it
 * with the conversion message naming the field ({@code Messages.properties}: "Person reference: enter a whole
 * number, like 1050."); the rest of the form keeps what was typed. The refused box shows its last value, as
 * PrimeFaces' script can show only a number.
 */
public class StrictInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        InputNumber input = (InputNumber) component;
        String submitted = context.getExternalContext().getRequestParameterMap()
                .get(input.getClientId(context) + "_hinput");
        if (notANumber(submitted) && shouldDecode(input)) {
            decodeBehaviors(context, input);
            input.setSubmittedValue(submitted);
            return;
        }
        super.decode(context, component);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        InputNumber input = (InputNumber) component;
        if (input.getSubmittedValue() instanceof String submitted && notANumber(submitted)) {
            input.setSubmittedValue(null);
        }
        super.encodeEnd(context, component);
    }

    /** Whether a value sent is there but is no number PrimeFaces can read ("12", "-3.5" and "" are fine). */
    static boolean notANumber(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(submitted);
            return false;
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }
}
