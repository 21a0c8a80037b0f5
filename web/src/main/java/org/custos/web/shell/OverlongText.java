package org.custos.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.LengthValidator;
import org.primefaces.util.ComponentUtils;
import org.primefaces.util.MessageFactory;

/**
 * Text longer than its box's {@code maxlength}, which a request need not respect: PrimeFaces would cut it to fit
 * without a word. It is kept as sent, so that it stays in the box, and refused with "Label: enter at most N
 * characters." ({@code Messages.properties}); the box is invalid, so nothing is saved or searched.
 */
final class OverlongText {

    private OverlongText() {
    }

    /** After PrimeFaces decoded the box: {@code sent} is the text as the box would have it, uncut. */
    static void refuse(FacesContext context, UIInput box, int maxlength, String sent) {
        if (maxlength <= 0 || sent == null || sent.length() <= maxlength || box.getSubmittedValue() == null) {
            return;
        }
        box.setSubmittedValue(sent);
        box.setValid(false);
        context.addMessage(box.getClientId(context), MessageFactory.getFacesMessage(context,
                LengthValidator.MAXIMUM_MESSAGE_ID, FacesMessage.SEVERITY_ERROR, maxlength,
                ComponentUtils.getLabel(context, box)));
    }

    static String sent(FacesContext context, UIInput box) {
        return context.getExternalContext().getRequestParameterMap().get(box.getClientId(context));
    }
}
