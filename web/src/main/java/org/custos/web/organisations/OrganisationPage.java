package org.custos.web.organisations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.relationships.api.OrganisationDetailsForm;
import org.custos.relationships.api.OrganisationView;
import org.custos.relationships.api.Organisations;
import org.custos.web.shell.FacadeCall;

/**
 * An organisation's page (K1): its details and their form, filled with them once per view (empty for a new one);
 * its contacts and services are sections of their own. A refused save keeps what was typed, and a change someone else
 * made meanwhile is named as such.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    private Long id;
    private OrganisationView organisation;
    private boolean loaded;
    private long version;
    private String name;
    private OrganisationKind[] kinds = new OrganisationKind[0];
    private String registrationNumber;
    private String address;
    private String website;
    private LocalDate relationshipStart;
    private LocalDate relationshipEnd;
    private RelationshipStatus status = RelationshipStatus.ACTIVE;
    private String notes;

    /** Reads the organisation and fills the form with its details, once per view. */
    public void load() {
        if (id == null || loaded) {
            return;
        }
        loaded = true;
        FacadeCall.attempt(() -> organisations.organisation(id)).ifPresent(found -> {
            organisation = found;
            version = found.version();
            name = found.name();
            kinds = found.kinds().toArray(OrganisationKind[]::new);
            registrationNumber = found.registrationNumber();
            address = found.address();
            website = found.website();
            relationshipStart = found.relationshipStart();
            relationshipEnd = found.relationshipEnd();
            status = found.status();
            notes = found.notes();
        });
    }

    public String save() {
        OrganisationDetailsForm form = new OrganisationDetailsForm(name,
                kinds.length == 0 ? Set.of() : EnumSet.copyOf(List.of(kinds)), registrationNumber, address, website,
                relationshipStart, relationshipEnd, status, notes);
        return reloaded(FacadeCall.attempt(() -> id == null ? organisations.create(form)
                : organisations.update(id, version, form)), id == null ? "The organisation is recorded."
                        : "The organisation's details are changed.");
    }

    /**
     * After a change a section made: the page shown again with the message, reading the organisation anew; null (the
     * page stays, with what was typed) when the facade refused.
     */
    String reloaded(Optional<OrganisationView> changed, String message) {
        return changed.map(saved -> {
            FacadeCall.info(message);
            return "/organisations/organisation.xhtml?faces-redirect=true&id=" + saved.id();
        }).orElse(null);
    }

    public OrganisationKind[] getAllKinds() {
        return OrganisationKind.values();
    }

    public RelationshipStatus[] getStatuses() {
        return RelationshipStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind[] getKinds() {
        return kinds;
    }

    public void setKinds(OrganisationKind[] kinds) {
        this.kinds = kinds;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public LocalDate getRelationshipStart() {
        return relationshipStart;
    }

    public void setRelationshipStart(LocalDate relationshipStart) {
        this.relationshipStart = relationshipStart;
    }

    public LocalDate getRelationshipEnd() {
        return relationshipEnd;
    }

    public void setRelationshipEnd(LocalDate relationshipEnd) {
        this.relationshipEnd = relationshipEnd;
    }

    public RelationshipStatus getStatus() {
        return status;
    }

    public void setStatus(RelationshipStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
