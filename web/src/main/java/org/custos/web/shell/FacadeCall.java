package org.custos.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;

/**
 * Calls a facade from a backing bean and turns a refusal into a message on the page: validation problems one
 * message each, a concurrent change or a broken rule with its own text, a refused access as "not allowed", a
 * database out of reach as "try again".
 * The form keeps what the user typed. Anything else is unexpected and goes to the error page.
 */
public final class FacadeCall {

    private FacadeCall() {
    }

    /** The "not allowed" page, as a navigation outcome (a redirect: the address says where the user is). */
    private static final String DENIED = "/denied.xhtml?faces-redirect=true";

    /**
     * A page the caller's role may open but that refuses them as asked (no record named in its link, or none of its
     * records theirs to see): the refusal is recorded naming the user and the page (X2); the outcome is the "not
     * allowed" page.
     */
    public static String refusedPage(String why) {
        Refusals.recordOnThisPage(why);
        return DENIED;
    }

    /** The facade's answer, or empty when it refused (a message is then queued). */
    public static <T> Optional<T> attempt(Supplier<T> call) {
        return attempt(call, () -> { });
    }

    /**
     * As {@link #attempt(Supplier)}, for what a page shows while it renders (a table's rows): a role that may not
     * see it at all leads to the "not allowed" page ({@link RefusalHandling}), as a refused page does.
     */
    public static <T> Optional<T> attemptToShow(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException) {
                    throw e;
                }
            }
            return attempt(() -> {
                throw e;
            });
        }
    }

    /**
     * As {@link #attempt(Supplier)}; also runs {@code whenAccessRefused} when a record-level refusal was why, one
     * that asking for access may lift: not a restriction (D6), which only the DPM lifts.
     */
    public static <T> Optional<T> attempt(Supplier<T> call, Runnable whenAccessRefused) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException e) {
            if (!explain(e)) {
                throw e;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AccessRefused refused) {
                    if (!refused.restriction()) {
                        whenAccessRefused.run();
                    }
                    break;
                }
            }
            return Optional.empty();
        }
    }

    private static boolean explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    error(violation.getMessage());
                }
                return true;
            }
            if (cause instanceof ConcurrentChange || cause instanceof RequestRefused
                    || cause instanceof AccessRefused) {
                error(cause.getMessage());
                return true;
            }
            if (cause instanceof EJBAccessException) {
                Refusals.recordOnThisPage(cause.getMessage());
                error("You are not allowed to do that.");
                return true;
            }
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            error(DatabaseUnavailable.TRY_AGAIN);
            return true;
        }
        if (SimultaneousSave.causedBy(failure)) {
            error(SimultaneousSave.MESSAGE);
            return true;
        }
        return false;
    }

    /**
     * Shows a refusal; the request counts as failed, as a conversion or validation error does, so that a dialog stays
     * open with what was typed ({@code args.validationFailed}).
     */
    public static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
