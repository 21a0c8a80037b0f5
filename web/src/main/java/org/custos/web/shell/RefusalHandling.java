package org.custos.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * Records a facade call the container refused that no page caught (a list loaded for someone whose role may not
 * see it, say) as ACCESS_DENIED (X2). PrimeFaces' exception handler, which this wraps, then shows the "not
 * allowed" page: web.xml maps the refusal there. Refusals a page catches, {@link FacadeCall} records.
 */
public class RefusalHandling extends ExceptionHandlerFactory {

    public RefusalHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

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
            getWrapped().handle();
        }
    }
}
