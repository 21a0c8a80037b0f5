package org.custos.web.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationTime;
import org.custos.protection.notices.api.NoticeGivenForm;
import org.custos.protection.notices.api.NoticeGivenView;
import org.custos.protection.notices.api.NoticeSummary;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.web.shell.CurrentUser;
import org.custos.web.shell.FacadeCall;

/**
 * The privacy notices the person was given or is owed (N2) on their register page, for HR and the DPM: the history,
 * newest first, with the day each is due in words; and a notice recorded as given, choosing among the issued versions.
 */
@Named
@ViewScoped
public class PersonNoticesSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NoticesGiven given;

    @EJB
    Notices notices;

    @Inject
    PersonDetailPage page;

    @Inject
    CurrentUser currentUser;

    private List<NoticeGivenView> history = List.of();
    private List<NoticeVersionSummary> issued = List.of();
    private Long versionId;
    private NoticeMethod method;
    private LocalDate givenOn;

    public void load() {
        if (page.getId() != null && (currentUser.isHr() || currentUser.isDpm())) {
            history = FacadeCall.attempt(() -> given.history(page.getId())).orElse(List.of());
            issued = FacadeCall.attempt(() -> notices.notices()).orElse(List.of()).stream()
                    .map(NoticeSummary::issued).filter(Objects::nonNull).toList();
        }
    }

    public void record() {
        FacadeCall.attempt(() -> given.give(new NoticeGivenForm(page.getId(), versionId, givenOn, method)))
                .ifPresent(recorded -> {
                    versionId = null;
                    method = null;
                    givenOn = null;
                    load();
                    FacadeCall.info("The notice given is recorded: " + recorded.title() + ".");
                });
    }

    public List<NoticeGivenView> getHistory() {
        return history;
    }

    public List<NoticeVersionSummary> getIssued() {
        return issued;
    }

    public NoticeMethod[] getMethods() {
        return NoticeMethod.values();
    }

    /** "Given on 2 December 2026 by email", or "Owed: due 3 December 2026 (overdue)". */
    public String status(NoticeGivenView notice) {
        if (!notice.owed()) {
            return "Given on " + notice.givenInWords() + ", " + (notice.givenBeforeVersions()
                    ? "before versions were recorded" : notice.method().label().toLowerCase(Locale.UK));
        }
        return "Owed: due " + notice.dueInWords()
                + (notice.overdueOn(LocalDate.now(OrganisationTime.ZONE)) ? " (overdue)" : "");
    }

    /** "From the person" or where the data came from, with the day obtained. */
    public String obtained(NoticeGivenView notice) {
        return (notice.fromPerson() ? "From the person" : notice.source()) + ", "
                + OrganisationTime.DAY.format(notice.obtainedOn())
                + (notice.firstContactOn() == null ? ""
                        : "; first contact or disclosure " + OrganisationTime.DAY.format(notice.firstContactOn()));
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public NoticeMethod getMethod() {
        return method;
    }

    public void setMethod(NoticeMethod method) {
        this.method = method;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }
}
