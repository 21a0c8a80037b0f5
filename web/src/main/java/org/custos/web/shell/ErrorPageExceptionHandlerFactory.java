package org.custos.web.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' exception handler, which sends an unexpected failure to the {@link ErrorPage}, without its own log
 * entry: that one quotes the failure's message, which may hold personal data, while the error page logs the
 * failure redacted, under the reference the user sees.
 */
public class ErrorPageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ErrorPageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PrimeExceptionHandler(getWrapped().getExceptionHandler()) {
            @Override
            protected void logException(Throwable rootCause) {
                // The error page logs it (ErrorPage.getReference).
            }
        };
    }
}
