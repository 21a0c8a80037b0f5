package org.custos.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * The generic error page: the user sees a reference, never a stack trace or the server's version; the log has
 * the details under the same reference, without the exceptions' messages, which may hold personal data.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private String reference;

    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            Map<String, Object> request = context.getRequestMap();
            LOG.log(Level.WARNING, "Error reference " + reference + ": status "
                    + request.get(RequestDispatcher.ERROR_STATUS_CODE) + " for "
                    + request.get(RequestDispatcher.ERROR_REQUEST_URI),
                    RedactedFailure.of(failure(request, context.getSessionMap())));
        }
        return reference;
    }

    /**
     * The servlet container's error, or the one PrimeFaces' exception handler caught during a JSF request (kept
     * in the session across its redirect to this page).
     */
    private static Throwable failure(Map<String, Object> request, Map<String, Object> session) {
        if (request.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable servletError) {
            return servletError;
        }
        Object info = request.containsKey(ExceptionInfo.ATTRIBUTE_NAME) ? request.get(ExceptionInfo.ATTRIBUTE_NAME)
                : session.get(ExceptionInfo.ATTRIBUTE_NAME);
        return info instanceof ExceptionInfo caught ? caught.getException() : null;
    }

    /**
     * What happened, in a sentence. When the database was out of reach the page says to try again, and the status
     * (503, with a minute to wait) tells a monitor the same.
     */
    public String getExplanation() {
        if (isNotFound()) {
            return "There is no such page.";
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (DatabaseUnavailable.causedBy(failure(context.getRequestMap(), context.getSessionMap()))) {
            if (!context.isResponseCommitted()) {
                context.setResponseStatus(503);
                context.setResponseHeader("Retry-After", "60");
            }
            return DatabaseUnavailable.TRY_AGAIN;
        }
        return "The request could not be completed. Nothing was lost that you had already saved.";
    }

    /** The login page's sentence when the database was out of reach. */
    public String getTryAgain() {
        return DatabaseUnavailable.TRY_AGAIN;
    }

    public boolean isNotFound() {
        return Integer.valueOf(404).equals(FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_STATUS_CODE));
    }
}
