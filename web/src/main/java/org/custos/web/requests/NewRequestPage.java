package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.rights.api.RequestForm;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LocalDateConverter;
import org.custos.web.shell.PersonChoice;

/** Logging a rights request as it arrived (D1): the person, found or new, what they ask, how and when. */
@Named
@ViewScoped
public class NewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RightsRequests requests;

    private final PersonChoice person = PersonChoice.anyCategory();
    private RequestType type;
    private RequestChannel channel;
    private String representative;
    private String asked;
    private LocalDate receivedOn;

    public String log() {
        return person.save(() -> requests.log(new RequestForm(person.chosen(), type, channel, representative, asked,
                receivedOn)))
                .map(logged -> {
                    FacadeCall.info("The request is logged: due " + LocalDateConverter.shown(logged.clock().due())
                            + ".");
                    return "/requests/detail.xhtml?faces-redirect=true&id=" + logged.id();
                }).orElse(null);
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public RequestChannel[] getChannels() {
        return RequestChannel.values();
    }

    public SubjectCategory[] getCategories() {
        return SubjectCategory.values();
    }

    public PersonChoice getPerson() {
        return person;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getAsked() {
        return asked;
    }

    public void setAsked(String asked) {
        this.asked = asked;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
