package org.custos.web.notices;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.NoticeState;
import org.custos.protection.notices.api.NoticeSendForm;
import org.custos.protection.notices.api.NoticeSendView;
import org.custos.protection.notices.api.NoticeVersionSummary;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.notices.api.NoticesGiven;
import org.custos.web.shell.FacadeCall;

/**
 * On an issued version's page (N2): send it to everyone who was given an earlier version of the notice, in the
 * background; the page shows how far it has come and goes on with a sending cut short.
 */
@Named
@ViewScoped
public class NoticeSendSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    NoticesGiven given;

    @EJB
    Notices notices;

    @Inject
    NoticeVersionPage page;

    private List<NoticeVersionSummary> earlier;
    private Long fromVersionId;
    private NoticeMethod method;
    private LocalDate givenOn;
    private NoticeSendView send;

    /** The earlier versions of the notice, newest first; none unless the page's version is issued. */
    public List<NoticeVersionSummary> getEarlier() {
        NoticeVersionView version = page.getVersion();
        if (earlier == null) {
            earlier = version == null || version.state() != NoticeState.ISSUED ? List.of()
                    : FacadeCall.attemptToShow(() -> notices.notice(version.summary().noticeId())).map(notice ->
                            notice.versions().stream().filter(v -> v.number() < version.summary().number())
                                    .toList()).orElse(List.of());
        }
        return earlier;
    }

    public void send() {
        FacadeCall.attempt(() -> given.sendNewVersion(new NoticeSendForm(fromVersionId, page.getId(), method,
                givenOn))).ifPresent(started -> {
                    send = started;
                    FacadeCall.info("Sending to " + started.peopleTotal() + (started.peopleTotal() == 1 ? " person"
                            : " people") + " has started.");
                });
    }

    public void refresh() {
        if (send != null) {
            FacadeCall.attempt(() -> given.sending(send.id())).ifPresent(now -> send = now);
        }
    }

    public void resume() {
        if (send != null) {
            FacadeCall.attempt(() -> given.resume(send.id())).ifPresent(now -> send = now);
        }
    }

    public NoticeSendView getSend() {
        return send;
    }

    public NoticeMethod[] getMethods() {
        return NoticeMethod.values();
    }

    public Long getFromVersionId() {
        return fromVersionId;
    }

    public void setFromVersionId(Long fromVersionId) {
        this.fromVersionId = fromVersionId;
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
