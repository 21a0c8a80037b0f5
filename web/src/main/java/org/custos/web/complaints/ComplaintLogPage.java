package org.custos.web.complaints;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.Complaints;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.register.api.SubjectSummary;
import org.custos.security.api.AccountName;
import org.custos.web.shell.FacadeCall;
import org.custos.web.shell.LocalDateConverter;
import org.custos.web.shell.PersonChoice;

/**
 * Logging a complaint as it arrived (P1): the complainant found in the register or new (S1, category complainant),
 * when and how it came, its kind, what it is about and the people it names (found in the register), its words, the
 * anonymity asked for, the rights request or breach it relates to, and the handlers named (X1). A refusal keeps
 * everything typed.
 */
@Named
@ViewScoped
public class ComplaintLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Complaints complaints;

    @EJB
    PeopleRegister register;

    private final PersonChoice complainant = new PersonChoice(SubjectCategory.COMPLAINANT);
    private LocalDate receivedOn;
    private ComplaintChannel channel;
    private ComplaintKind kind;
    private ComplaintAbout about;
    private String aboutText;
    private String namedQuery;
    private List<SubjectSummary> namedMatches = List.of();
    private final Map<Long, String> named = new LinkedHashMap<>();
    private String text;
    private boolean anonymityRequested;
    private Long rightsRequestId;
    private Long breachId;
    private List<String> handlers = new ArrayList<>();
    private List<AccountName> possibleHandlers;

    public String log() {
        return complainant.save(() -> complaints.log(new ComplaintForm(complainant.chosen(), receivedOn, channel,
                kind, about, aboutText, List.copyOf(named.keySet()), text, anonymityRequested, rightsRequestId,
                breachId, Set.copyOf(handlers)))).map(logged -> {
                    FacadeCall.info("Complaint " + logged.id() + " is logged: its acknowledgement is due by "
                            + LocalDateConverter.shown(logged.acknowledgementDue()) + ".");
                    return "/complaints/list.xhtml?faces-redirect=true";
                }).orElse(null);
    }

    /** Looks the people the complaint names up in the register, by name or email. */
    public void findNamed() {
        boolean byEmail = namedQuery != null && namedQuery.contains("@");
        FacadeCall.attempt(() -> register.search(new SubjectQuery(byEmail ? null : namedQuery,
                byEmail ? namedQuery : null, null, SubjectSort.NAME, true, 0, 20, null))).ifPresent(found -> {
                    namedMatches = found.rows();
                    if (namedMatches.isEmpty()) {
                        FacadeCall.error("No one in the register matches: add the person to the register first.");
                    }
                });
    }

    public void addNamed(SubjectSummary person) {
        named.put(person.id(), person.givenNames() + " " + person.familyName());
    }

    public void removeNamed(Long subjectId) {
        named.remove(subjectId);
    }

    public List<Map.Entry<Long, String>> getNamed() {
        return List.copyOf(named.entrySet());
    }

    public List<AccountName> getPossibleHandlers() {
        if (possibleHandlers == null) {
            possibleHandlers = FacadeCall.attemptToShow(complaints::possibleHandlers).orElse(List.of());
        }
        return possibleHandlers;
    }

    public ComplaintChannel[] getChannels() {
        return ComplaintChannel.values();
    }

    public ComplaintKind[] getKinds() {
        return ComplaintKind.values();
    }

    public ComplaintAbout[] getAbouts() {
        return ComplaintAbout.values();
    }

    public PersonChoice getComplainant() {
        return complainant;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public ComplaintKind getKind() {
        return kind;
    }

    public void setKind(ComplaintKind kind) {
        this.kind = kind;
    }

    public ComplaintAbout getAbout() {
        return about;
    }

    public void setAbout(ComplaintAbout about) {
        this.about = about;
    }

    public String getAboutText() {
        return aboutText;
    }

    public void setAboutText(String aboutText) {
        this.aboutText = aboutText;
    }

    public String getNamedQuery() {
        return namedQuery;
    }

    public void setNamedQuery(String namedQuery) {
        this.namedQuery = namedQuery;
    }

    public List<SubjectSummary> getNamedMatches() {
        return namedMatches;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAnonymityRequested() {
        return anonymityRequested;
    }

    public void setAnonymityRequested(boolean anonymityRequested) {
        this.anonymityRequested = anonymityRequested;
    }

    public Long getRightsRequestId() {
        return rightsRequestId;
    }

    public void setRightsRequestId(Long rightsRequestId) {
        this.rightsRequestId = rightsRequestId;
    }

    public Long getBreachId() {
        return breachId;
    }

    public void setBreachId(Long breachId) {
        this.breachId = breachId;
    }

    public List<String> getHandlers() {
        return handlers;
    }

    public void setHandlers(List<String> handlers) {
        this.handlers = handlers;
    }
}
