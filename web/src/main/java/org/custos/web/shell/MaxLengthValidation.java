package org.custos.web.shell;

import jakarta.faces.component.UIInput;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.validator.LengthValidator;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtextarea.InputTextarea;

/**
 * Checks each text box's {@code maxlength} on the server too: a browser keeps to it, but a request need not. A
 * longer value is refused at validation with "Label: enter at most N characters." and stays in the box, before any
 * facade (or a search that would fail on it) sees it. {@code faces-config.xml} registers this listener for every
 * component added to a view, which Faces does again when it rebuilds the view of a postback.
 */
public class MaxLengthValidation implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof InputText || source instanceof InputTextarea;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput box = (UIInput) event.getSource();
        int maxlength = box instanceof InputText text ? text.getMaxlength() : ((InputTextarea) box).getMaxlength();
        if (maxlength > 0) {
            box.addValidator(new LengthValidator(maxlength));
        }
    }
}
