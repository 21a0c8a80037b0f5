package org.custos.web.notices;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.domain.shared.NoticeAudience;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeSummary;
import org.custos.protection.notices.api.Notices;
import org.custos.web.shell.FacadeCall;

/** The privacy notices (N1): each with its issued version and draft; the DPM adds and renames notices. */
@Named
@ViewScoped
public class NoticeListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Notices notices;

    private List<NoticeSummary> all;

    private Long id;
    private long version;
    private NoticeAudience audience;
    private String name;

    @PostConstruct
    void load() {
        all = FacadeCall.attemptToShow(notices::notices).orElse(List.of());
    }

    public void prepareNew() {
        id = null;
        version = 0;
        audience = null;
        name = null;
    }

    public void edit(NoticeSummary notice) {
        id = notice.id();
        version = notice.version();
        audience = notice.audience();
        name = notice.name();
    }

    public void save() {
        NoticeForm form = new NoticeForm(audience, name);
        FacadeCall.attempt(() -> id == null ? notices.add(form) : notices.rename(id, version, form))
                .ifPresent(saved -> {
                    FacadeCall.info("The notice " + saved.name() + " is saved.");
                    load();
                });
    }

    public boolean isNew() {
        return id == null;
    }

    public List<NoticeSummary> getAll() {
        return all;
    }

    public NoticeAudience[] getAudiences() {
        return NoticeAudience.values();
    }

    public NoticeAudience getAudience() {
        return audience;
    }

    public void setAudience(NoticeAudience audience) {
        this.audience = audience;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
