package org.custos.web.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The "not allowed" page, and says so plainly. As the container's 403 page it records the refused request in the
 * audit trail (X2). Reached otherwise, after a refused facade call that {@link RefusalHandling} recorded and sent
 * here, it records nothing; so opening it by hand writes no entry either.
 */
@Named
@RequestScoped
public class DeniedPage {

    @PostConstruct
    void recordRefusal() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object status = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            Refusals.record(String.valueOf(request.get(RequestDispatcher.ERROR_REQUEST_URI)));
        }
    }

    public String getMessage() {
        return "You are not allowed to open this page.";
    }
}
