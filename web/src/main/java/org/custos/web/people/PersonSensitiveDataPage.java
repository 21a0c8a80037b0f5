package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SpecialCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.security.api.CategoryAccess;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveReading;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A person's special-category and criminal-records data (L4): what the caller may use, the records of one
 * category with their documents, and a form to record more, with an optional document. When the gate refuses,
 * the page says so and offers to request approval.
 */
@Named
@ViewScoped
public class PersonSensitiveDataPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONTEXT = "register";

    @EJB
    PeopleRegister register;

    @EJB
    SensitiveData sensitive;

    private Long id;
    private SubjectDetails person;
    private List<CategoryAccess> access = List.of();
    private SpecialCategory category = SpecialCategory.HEALTH;
    private SensitiveReading reading;
    private Long purposeId;
    private String content;
    private transient UploadedFile document;
    private SpecialCategory refused;

    public void load() {
        if (id == null || person != null) {
            return;
        }
        FacadeCall.attempt(() -> register.details(id)).ifPresent(found -> {
            person = found;
            refreshAccess();
        });
    }

    public void show() {
        reading = null;
        refused = null;
        FacadeCall.attempt(() -> sensitive.read(id, category, Set.of())).ifPresentOrElse(
                found -> reading = found, () -> refused = category);
    }

    public void save() {
        refused = null;
        DocumentUpload upload = DocumentRules.chosen(document);
        FacadeCall.attempt(() -> sensitive.record(id, new SensitiveRecordForm(CONTEXT, Set.of(), category,
                purposeId, content, upload)), () -> refused = category).ifPresent(saved -> {
                    content = null;
                    document = null;
                    FacadeCall.info("Recorded: " + category.label() + ".");
                    show();
                });
    }

    /** The record's document, or nothing (with a message) when the gate refused it. */
    public StreamedContent download(SensitiveRecordView record) {
        return FacadeCall.attempt(() -> sensitive.document(id, record.id(), Set.of())).map(found ->
                DefaultStreamedContent.builder().name(found.fileName()).contentType(found.mediaType())
                        .stream(() -> new ByteArrayInputStream(found.content())).build()).orElse(null);
    }

    private void refreshAccess() {
        access = FacadeCall.attempt(() -> sensitive.access(id, Set.of())).orElse(List.of());
    }

    public SpecialCategory[] getCategories() {
        return SpecialCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SubjectDetails getPerson() {
        return person;
    }

    public List<CategoryAccess> getAccess() {
        return access;
    }

    public SpecialCategory getCategory() {
        return category;
    }

    public void setCategory(SpecialCategory category) {
        this.category = category;
    }

    public SensitiveReading getReading() {
        return reading;
    }

    public Long getPurposeId() {
        return purposeId;
    }

    public void setPurposeId(Long purposeId) {
        this.purposeId = purposeId;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }

    /** The category the gate last refused, for the "request approval" action. */
    public SpecialCategory getRefused() {
        return refused;
    }
}
