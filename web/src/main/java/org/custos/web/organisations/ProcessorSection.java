package org.custos.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;
import org.custos.relationships.api.ProcessorForm;
import org.custos.relationships.api.ProcessorView;
import org.custos.relationships.api.Processors;
import org.custos.web.shell.FacadeCall;

/**
 * The organisation as our processor (X4), on its page: read once per view (none while it is not recorded as one), and
 * the form recording it or changing what it receives, why and about whom (the register's categories of people, ticked,
 * with a note on anyone else), filled with the record as read. The other processor
 * sections read it from here and show the page again through {@link #reloaded}; a change someone else made meanwhile
 * is refused with what was typed kept.
 */
@Named
@ViewScoped
public class ProcessorSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Processors processors;

    @Inject
    OrganisationPage page;

    private ProcessorView processor;
    private String services;
    private String dataCategories;
    private Long[] purposeIds = new Long[0];
    private SubjectCategory[] peopleHandled = new SubjectCategory[0];
    private String peopleNote;
    private String countries;
    private LocalDate reviewOn;

    /** Reads the processor once per view, on the page of an organisation read, and fills the form with it. */
    @PostConstruct
    void load() {
        if (page.getOrganisation() == null) {
            return;
        }
        processor = FacadeCall.attempt(() -> processors.processorOf(page.getId())).flatMap(found -> found)
                .orElse(null);
        if (processor != null) {
            services = processor.services();
            dataCategories = processor.dataCategories();
            purposeIds = processor.purposeIds().toArray(Long[]::new);
            peopleHandled = processor.peopleHandled().toArray(SubjectCategory[]::new);
            peopleNote = processor.peopleNote();
            countries = processor.countries();
            reviewOn = processor.reviewOn();
        }
    }

    public String save() {
        ProcessorForm form = new ProcessorForm(services, dataCategories, Set.of(purposeIds), Set.of(peopleHandled),
                peopleNote, countries, reviewOn);
        return reloaded(FacadeCall.attempt(() -> processor == null ? processors.register(page.getId(), form)
                : processors.update(page.getId(), processor.version(), form)), processor == null
                        ? "The organisation is recorded as a processor." : "The processor's record is changed.",
                null);
    }

    /**
     * After a change a processor section made: the page shown again with the message, reading the processor anew,
     * with the agreement version {@code opened} open (null: none); null (the page stays, with what was typed) when
     * the facade refused.
     */
    String reloaded(Optional<ProcessorView> changed, String message, Long opened) {
        return changed.map(saved -> {
            FacadeCall.info(message);
            return "/organisations/organisation.xhtml?faces-redirect=true&id=" + saved.organisationId()
                    + (opened == null ? "" : "&agreement=" + opened);
        }).orElse(null);
    }

    public ProcessorView getProcessor() {
        return processor;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(String dataCategories) {
        this.dataCategories = dataCategories;
    }

    public Long[] getPurposeIds() {
        return purposeIds;
    }

    public void setPurposeIds(Long[] purposeIds) {
        this.purposeIds = purposeIds;
    }

    public SubjectCategory[] getAllPeople() {
        return SubjectCategory.values();
    }

    public SubjectCategory[] getPeopleHandled() {
        return peopleHandled;
    }

    public void setPeopleHandled(SubjectCategory[] peopleHandled) {
        this.peopleHandled = peopleHandled;
    }

    public String getPeopleNote() {
        return peopleNote;
    }

    public void setPeopleNote(String peopleNote) {
        this.peopleNote = peopleNote;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }
}
