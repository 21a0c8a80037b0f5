package org.custos.protection.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.api.ErasureOutcome;
import org.custos.protection.api.PersonalDataHolder;
import org.custos.protection.api.RetentionItem;
import org.custos.protection.api.SubjectDataSection;
import org.custos.protection.api.SubjectDataSection.DataItem;
import org.custos.protection.api.SubjectDataSection.Fields;
import org.custos.protection.api.SubjectForm;

/**
 * The people register's part of the SPI: the master record itself and its disclosures (D5, part of the
 * supplementary information of D3). It has no retention date of its own: each context's records carry theirs, and
 * the record goes when the last of them does.
 */
@ApplicationScoped
public class RegisterDataHolder implements PersonalDataHolder {

    static final String CONTEXT = "register";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Subjects subjects;

    @Inject
    DisclosureLog disclosures;

    @Inject
    PurposeStops stops;

    @Override
    public String context() {
        return CONTEXT;
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            return new SubjectDataSection(CONTEXT, List.of());
        }
        SubjectForm data = Subjects.details(subject).data();
        List<DataItem> items = new ArrayList<>();
        items.add(new Fields()
                .add("Given names", data.givenNames())
                .add("Family name", data.familyName())
                .add("Date of birth", data.dateOfBirth())
                .add("Email addresses", String.join(", ", data.emails()))
                .add("Phone", data.phone())
                .add("Address", Stream.of(data.addressLine1(), data.addressLine2(), data.town(), data.postcode(),
                        data.country()).filter(Objects::nonNull).collect(Collectors.joining(", ")))
                .add("Categories", data.categories().stream().map(SubjectCategory::label).sorted()
                        .collect(Collectors.joining(", ")))
                .add("Do not contact", data.doNotContact() ? "Yes: " + data.doNotContactReason() : "No")
                .add("Recorded on", subject.createdAt().toLocalDate())
                .item("DataSubject", Long.toString(subjectId)));
        disclosures.of(subjectId).forEach(disclosure -> items.add(new Fields()
                .add("Recipient", disclosure.recipient())
                .add("What", disclosure.disclosed())
                .add("Why", disclosure.purposeName())
                .add("When", disclosure.disclosedOn())
                .item("Disclosure", Long.toString(disclosure.id()))));
        stops.of(subjectId).forEach(stop -> items.add(new Fields()
                .add(SubjectDataSection.PURPOSE, stop.purposeName())
                .add("Stopped by", stop.reason())
                .add("Since", stop.since())
                .add("Compelling grounds kept", stop.compellingGrounds())
                .item("PurposeStop", Long.toString(stop.purposeId()))));
        return new SubjectDataSection(CONTEXT, items);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            return new ErasureOutcome(CONTEXT, 0, List.of());
        }
        int erased = disclosures.erase(subjectId);
        em.remove(subject);
        em.flush();
        return new ErasureOutcome(CONTEXT, erased + 1, List.of());
    }

    @Override
    public void restrict(long subjectId, boolean restricted) {
        subjects.byId(subjectId).restrict(restricted);
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        return List.of();
    }
}
