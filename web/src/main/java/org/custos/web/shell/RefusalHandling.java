package org.custos.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Map;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' exception handling, with facade calls the container refused and no page caught (a list loaded for
 * someone whose role may not see it, say): each is recorded as ACCESS_DENIED (X2), and shows the "not allowed"
 * page instead of the error page, without a stack trace in the log. Refusals a page catches, {@link FacadeCall}
 * records. Nothing is logged here: the {@link ErrorPage} logs an unexpected failure redacted ({@link RedactedFailure}).
 */
public class RefusalHandling extends ExceptionHandlerFactory {

    private static final String DENIED_PAGE = "/denied.xhtml";

    public RefusalHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends PrimeExceptionHandler {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                if (Refusals.ofFacadeCall(event.getContext().getException())) {
                    ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
                    Refusals.record(request.getRequestContextPath() + request.getRequestServletPath());
                    break;
                }
            }
            super.handle();
        }

        @Override
        protected void logException(Throwable rootCause) {
            // Nothing here: PrimeFaces would quote the failure's message, which may name a person. A refusal is
            // recorded above; an unexpected failure the error page logs redacted, under the reference the user sees.
        }

        @Override
        protected String evaluateErrorPage(Map<String, String> errorPages, Throwable rootCause) {
            return Refusals.ofFacadeCall(rootCause) ? DENIED_PAGE : super.evaluateErrorPage(errorPages, rootCause);
        }
    }
}
