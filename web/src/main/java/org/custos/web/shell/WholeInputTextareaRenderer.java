package org.custos.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text area, except that text longer than its maxlength is refused, not cut ({@link OverlongText}).
 * Line breaks count as one character, as in the browser and as PrimeFaces keeps them.
 */
public class WholeInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputTextarea box = (InputTextarea) component;
        String sent = OverlongText.sent(context, box);
        OverlongText.refuse(context, box, box.getMaxlength(), sent == null ? null : sent.replaceAll("\\r\\n?", "\n"));
    }
}
