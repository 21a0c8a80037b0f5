package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.custos.relationships.api.OrganisationView.ContactView;
import org.custos.relationships.api.Organisations;
import org.custos.relationships.api.ServiceForm;
import org.custos.web.shell.FacadeCall;

/** The services of an organisation's page (R4): the form recording one, optionally for one of its contacts. */
@Named
@ViewScoped
public class OrganisationServicesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    @Inject
    OrganisationPage page;

    private String description;
    private LocalDate providedOn;
    private Long contactSubjectId;

    public String record() {
        return page.reloaded(FacadeCall.attempt(() -> organisations.recordService(page.getId(),
                new ServiceForm(description, providedOn, contactSubjectId))), "The service provided is recorded.");
    }

    /** The people a service may be provided for: the organisation's contacts, each once. */
    public List<ContactView> getContacts() {
        return page.getOrganisation() == null ? List.of() : page.getOrganisation().contacts().stream()
                .filter(distinctBy(ContactView::subjectId)).toList();
    }

    private static Predicate<ContactView> distinctBy(Function<ContactView, Long> key) {
        Set<Long> seen = new HashSet<>();
        return contact -> seen.add(key.apply(contact));
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getProvidedOn() {
        return providedOn;
    }

    public void setProvidedOn(LocalDate providedOn) {
        this.providedOn = providedOn;
    }

    public Long getContactSubjectId() {
        return contactSubjectId;
    }

    public void setContactSubjectId(Long contactSubjectId) {
        this.contactSubjectId = contactSubjectId;
    }
}
