package org.custos.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, announced as a whole: PrimeFaces gives each item of a severity's list role="alert", which
 * takes it out of its list for assistive technology (axe-core's {@code list} rule). Here the severity's box carries
 * the role instead (an alert for errors, a status for the rest), so screen readers still announce the messages
 * the moment they appear, and the list stays a list.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    private static final Set<String> ALERTS = Set.of("error", "fatal");
    private static final Set<String> ITEM_ROLES = Set.of("role", "aria-atomic");

    @Override
    protected void encodeMessages(FacesContext context, Messages messages, String severity,
            List<FacesMessage> list) throws IOException {
        String role = ALERTS.contains(severity) ? "alert" : "status";
        new AriaFixingWriter(context.getResponseWriter(),
                (element, attribute, value) -> "li".equals(element) && ITEM_ROLES.contains(attribute)) {
            private boolean boxStarted;

            @Override
            protected void started(String name) throws IOException {
                if (!boxStarted && "div".equals(name)) {
                    boxStarted = true;
                    writeAttribute("role", role, null);
                }
            }
        }.around(context, () -> super.encodeMessages(context, messages, severity, list));
    }
}
