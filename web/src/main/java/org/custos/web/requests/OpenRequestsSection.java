package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.web.shell.FacadeCall;

/** The open rights requests, soonest due first: the list page and the DPM's home page. */
@Named
@RequestScoped
public class OpenRequestsSection {

    @EJB
    RightsRequests requests;

    private List<RequestSummary> open;

    public List<RequestSummary> getOpen() {
        if (open == null) {
            open = FacadeCall.attempt(requests::open).orElse(List.of());
        }
        return open;
    }
}
