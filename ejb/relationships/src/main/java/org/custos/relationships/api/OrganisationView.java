package org.custos.relationships.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.domain.shared.ConsentMethod;
import org.custos.domain.shared.MarketingBasis;
import org.custos.domain.shared.OrganisationKind;
import org.custos.domain.shared.RelationshipStatus;
import org.custos.security.api.AuditedRecord;

/** An organisation with its contacts and the services provided to it, the latest first. */
public record OrganisationView(long id, long version, String name, Set<OrganisationKind> kinds,
        String registrationNumber, String address, String website, LocalDate relationshipStart,
        LocalDate relationshipEnd, RelationshipStatus status, String notes, List<ContactView> contacts,
        List<ServiceView> services) implements Serializable, AuditedRecord {

    /** The kinds in words: "Client, Supplier". */
    public String kindLabels() {
        return kinds.stream().sorted().map(OrganisationKind::label).collect(Collectors.joining(", "));
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(id);
    }

    /** The contacts, and the people services were provided for, whom the page shows (X2). */
    @Override
    public List<Long> auditShownSubjectIds() {
        return Stream.concat(contacts.stream().map(ContactView::subjectId),
                services.stream().map(ServiceView::contactSubjectId).filter(id -> id != null)).distinct().toList();
    }

    /**
     * A contact of the organisation: the person in the register, their work details there, and their marketing basis
     * (null when none is recorded).
     */
    public record ContactView(long contactId, long version, long subjectId, String name, OrganisationKind kind,
            String role, String workEmail, String workPhone, LocalDate startsOn, LocalDate endsOn,
            MarketingView marketing) implements Serializable {
    }

    /**
     * L2: a contact's marketing basis as recorded, and when it was withdrawn or they opted out; for consent, what the
     * consent ledger holds ({@code noticeVersionId} null for a consent recorded before notices had versions).
     */
    public record MarketingView(MarketingBasis basis, Long noticeVersionId, String wording, ConsentMethod method,
            LocalDate givenOn, String similarOffer, String recordedBy, LocalDate withdrawnOn, String withdrawnBy)
        implements Serializable {

        public boolean inForce() {
            return withdrawnOn == null;
        }
    }

    /** A service provided: what, when, and for whom while their data is kept. */
    public record ServiceView(long serviceId, String description, LocalDate providedOn, Long contactSubjectId,
            String contactName) implements Serializable {
    }
}
