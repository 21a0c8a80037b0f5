package org.custos.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.Map;

/**
 * Shows, on the next page rendered, the message of an upload refused before JSF could read it
 * ({@link OversizedUploads}); registered in faces-config.xml.
 */
public class UploadRefusalMessage implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEY = UploadRefusalMessage.class.getName();

    static void keep(HttpSession session, String message) {
        session.setAttribute(KEY, message);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        Object message = session.remove(KEY);
        if (message != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message.toString(), null));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
