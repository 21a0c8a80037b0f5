package org.custos.web.notices;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.web.shell.FacadeCall;

/** One privacy notice with its versions, newest first (N1); the DPM starts a new draft, copied from the newest. */
@Named
@ViewScoped
public class NoticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Notices notices;

    private Long id;
    private NoticeView notice;

    /** Loads the notice named by the {@code id} view parameter. */
    public void load() {
        if (id != null && notice == null) {
            notice = FacadeCall.attemptToShow(() -> notices.notice(id)).orElse(null);
        }
    }

    public String newDraft() {
        return FacadeCall.attempt(() -> notices.newDraft(id)).map(draft -> {
            FacadeCall.info("Version " + draft.summary().number() + " is a new draft"
                    + (draft.summary().number() > 1 ? ", copied from the version before." : "."));
            return NoticeVersionPage.pageOf(draft.id());
        }).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeView getNotice() {
        return notice;
    }
}
