package org.custos.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.LetterKind;
import org.custos.protection.letters.api.LetterTemplates;
import org.custos.protection.letters.api.OrganisationForm;
import org.custos.protection.letters.api.OrganisationSettings;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.protection.letters.api.TemplateForm;
import org.custos.protection.letters.api.TemplateView;
import org.custos.security.api.DocumentUpload;
import org.custos.web.shell.DocumentRules;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The DPM's letters: who they are from (the organisation, its logo, the DPM's contact, the signatory) and the
 * template of each kind of letter, with the placeholders it may use and its earlier versions to go back to.
 */
@Named
@ViewScoped
public class LettersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationSettings organisation;

    @EJB
    LetterTemplates templates;

    private OrganisationView shown;
    private final Details details = new Details();
    private transient UploadedFile logo;

    private LetterKind kind = LetterKind.ACKNOWLEDGEMENT;
    private TemplateView template;
    private List<TemplateView> versions = List.of();
    private String title;
    private String body;

    @PostConstruct
    void load() {
        FacadeCall.attempt(organisation::organisation).ifPresent(this::show);
        loadTemplate();
    }

    public void saveDetails() {
        FacadeCall.attempt(() -> organisation.change(shown.version(), details.form())).ifPresent(saved -> {
            show(saved);
            FacadeCall.info("The organisation's details are saved: the next letters carry them.");
        });
    }

    public void uploadLogo() {
        // a file chosen with 0 bytes goes on, for the facade to refuse as empty rather than as not chosen
        DocumentUpload chosen = DocumentRules.chosen(logo);
        if (chosen == null) {
            FacadeCall.error("Choose the logo's file.");
            return;
        }
        FacadeCall.attempt(() -> organisation.changeLogo(shown.version(), chosen.content())).ifPresent(saved -> {
            show(saved);
            FacadeCall.info("The logo is saved: it heads the next letters.");
        });
    }

    public void removeLogo() {
        FacadeCall.attempt(() -> organisation.removeLogo(shown.version())).ifPresent(saved -> {
            show(saved);
            FacadeCall.info("The logo is removed.");
        });
    }

    public StreamedContent getLogoImage() {
        if (shown == null || !shown.hasLogo()) {
            return null;
        }
        byte[] bytes = shown.logo();
        return DefaultStreamedContent.builder().contentType(shown.logoType())
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void loadTemplate() {
        FacadeCall.attempt(() -> templates.current(kind)).ifPresent(current -> {
            template = current;
            title = current.title();
            body = current.body();
            versions = FacadeCall.attempt(() -> templates.versions(kind)).orElse(List.of());
        });
    }

    public void saveTemplate() {
        FacadeCall.attempt(() -> templates.save(kind, template.id(), new TemplateForm(title, body)))
                .ifPresent(saved -> {
                    loadTemplate();
                    FacadeCall.info(saved.madeFrom() + " is saved: the next letters use it.");
                });
    }

    public void restore(TemplateView earlier) {
        FacadeCall.attempt(() -> templates.restore(earlier.id(), template.id())).ifPresent(saved -> {
            loadTemplate();
            FacadeCall.info("Version " + earlier.number() + " is in use again, as version " + saved.number() + ".");
        });
    }

    private void show(OrganisationView view) {
        shown = view;
        details.fill(view.details());
    }

    public int getLogoMaxBytes() {
        return OrganisationSettings.LOGO_MAX_BYTES;
    }

    public LetterKind[] getKinds() {
        return LetterKind.values();
    }

    public OrganisationView getShown() {
        return shown;
    }

    public Details getDetails() {
        return details;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }

    public LetterKind getKind() {
        return kind;
    }

    public void setKind(LetterKind kind) {
        this.kind = kind;
    }

    public TemplateView getTemplate() {
        return template;
    }

    public List<TemplateView> getVersions() {
        return versions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The organisation's details as typed. */
    public static final class Details implements Serializable {

        private static final long serialVersionUID = 1L;

        private String controllerName;
        private String address;
        private String icoNumber;
        private String dpmName;
        private String dpmEmail;
        private String dpmPhone;
        private String signatoryName;
        private String signatoryRole;

        void fill(OrganisationForm form) {
            controllerName = form.controllerName();
            address = form.address();
            icoNumber = form.icoNumber();
            dpmName = form.dpmName();
            dpmEmail = form.dpmEmail();
            dpmPhone = form.dpmPhone();
            signatoryName = form.signatoryName();
            signatoryRole = form.signatoryRole();
        }

        OrganisationForm form() {
            return new OrganisationForm(controllerName, address, icoNumber, dpmName, dpmEmail, dpmPhone,
                    signatoryName, signatoryRole);
        }

        public String getControllerName() {
            return controllerName;
        }

        public void setControllerName(String controllerName) {
            this.controllerName = controllerName;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getIcoNumber() {
            return icoNumber;
        }

        public void setIcoNumber(String icoNumber) {
            this.icoNumber = icoNumber;
        }

        public String getDpmName() {
            return dpmName;
        }

        public void setDpmName(String dpmName) {
            this.dpmName = dpmName;
        }

        public String getDpmEmail() {
            return dpmEmail;
        }

        public void setDpmEmail(String dpmEmail) {
            this.dpmEmail = dpmEmail;
        }

        public String getDpmPhone() {
            return dpmPhone;
        }

        public void setDpmPhone(String dpmPhone) {
            this.dpmPhone = dpmPhone;
        }

        public String getSignatoryName() {
            return signatoryName;
        }

        public void setSignatoryName(String signatoryName) {
            this.signatoryName = signatoryName;
        }

        public String getSignatoryRole() {
            return signatoryRole;
        }

        public void setSignatoryRole(String signatoryRole) {
            this.signatoryRole = signatoryRole;
        }
    }
}
