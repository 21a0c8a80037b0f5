package org.custos.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/** PrimeFaces' text box, except that text longer than its maxlength is refused, not cut ({@link OverlongText}). */
public class WholeInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputText box = (InputText) component;
        OverlongText.refuse(context, box, box.getMaxlength(), OverlongText.sent(context, box));
    }
}
