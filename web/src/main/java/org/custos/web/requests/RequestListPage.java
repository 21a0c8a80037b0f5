package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.RequestType;
import org.custos.protection.rights.api.RequestQuery;
import org.custos.protection.rights.api.RequestStatus;
import org.custos.protection.rights.api.RequestSummary;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.web.shell.LazyPages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * The rights requests, open and closed: a lazy table filtered by status, type, person and the days received,
 * newest first, exportable to CSV. While the table is exported its pages are read through the facade's export,
 * so the audit trail records an export, not a search.
 */
@Named
@ViewScoped
public class RequestListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RightsRequests requests;

    private RequestStatus status;
    private RequestType type;
    private String person;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private boolean exporting;

    private final LazyPages<RequestSummary> rows = new LazyPages<>((first, pageSize, sort) -> {
        RequestQuery query = new RequestQuery(status, type, person, receivedFrom, receivedTo, first, pageSize);
        return exporting ? requests.export(query) : requests.search(query);
    }, request -> Long.toString(request.id()));

    public void find() {
        ((DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("requests:table")).setFirst(0);
    }

    /** The CSV export begins (its pre-processor): the pages it reads are exports. */
    public void exportStarts(Object document) {
        exporting = true;
    }

    /** The CSV export ended (its post-processor). */
    public void exportEnds(Object document) {
        exporting = false;
    }

    public LazyDataModel<RequestSummary> getRows() {
        return rows;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }
}
