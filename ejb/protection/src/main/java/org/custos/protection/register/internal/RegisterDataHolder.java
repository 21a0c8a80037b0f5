package org.custos.protection.register.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.SubjectCategory;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.consent.api.ConsentLedger;
import org.custos.protection.holds.api.DisclosureLog;
import org.custos.protection.holds.api.HeldRecords;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.purposes.api.PurposeStops;
import org.custos.protection.register.api.PersonErased;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.CorrectableProperty;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import java.util.Set;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;
import org.custos.protection.spi.SubjectDataSection;

/**
 * The people register's part of the SPI: the master record itself, its disclosures (D5, part of the
 * supplementary information of D3), its consents and the privacy notices given or owed to the person (N2, erased
 * with them, counted). Erasing the person publishes {@link PersonErased}, so that the copies protection
 * keeps elsewhere go in the same transaction. It has no retention date of its own: each context's records carry
 * theirs, and the record goes when the last of them does.
 */
@ApplicationScoped
public class RegisterDataHolder implements PersonalDataHolder {

    static final String CONTEXT = DataContext.REGISTER.key();
    private static final String PERSON = "DataSubject";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Subjects subjects;

    @Inject
    DisclosureLog disclosures;

    @Inject
    PeopleCount count;

    @Inject
    PurposeStops stops;

    @Inject
    HeldRecords held;

    @Inject
    ConsentLedger consents;

    @Inject
    NoticeLedger notices;

    @Inject
    Event<PersonErased> erased;

    @Inject
    Validator validator;

    @Inject
    Principal caller;

    @Inject
    Clock clock;

    @Override
    public DataContext context() {
        return DataContext.REGISTER;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of();
    }

    /** Every person in the register: their names, contact details, date of birth and categories. */
    @Override
    public HeldData heldData() {
        return new HeldData(List.of("Names", "Email addresses and telephone numbers", "Postal addresses",
                "Dates of birth", "Categories of person and do-not-contact wishes", "Disclosures to recipients",
                "Consents and their withdrawal", "Privacy notices given and owed"),
                Set.of(), "select id as subject_id from core_data_subject");
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
                .about("Your details")
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
                .item(PERSON, Long.toString(subjectId)));
        disclosures.of(subjectId).forEach(disclosure -> items.add(new Fields()
                .about("Who we shared your data with")
                .add("Recipient", disclosure.recipient())
                .add("What", disclosure.disclosed())
                .add("Why", disclosure.purposeName())
                .add("When", disclosure.disclosedOn())
                .item("Disclosure", Long.toString(disclosure.id()))));
        stops.of(subjectId).forEach(stop -> items.add(new Fields()
                .about("Uses of your data that stopped")
                .add(SubjectDataSection.PURPOSE, stop.purposeName())
                .add("Stopped by", stop.reason())
                .add("Since", stop.since())
                .add("Compelling grounds kept", stop.compellingGrounds())
                .item("PurposeStop", Long.toString(stop.purposeId()))));
        consents.of(subjectId).forEach(consent -> items.add(new Fields()
                .about("Your consents")
                .add(SubjectDataSection.PURPOSE, consent.purposeName())
                .add("What you agreed to", consent.wording())
                .add("Privacy notice version", consent.noticeVersionId())
                .add("How you agreed", consent.method().label())
                .add("Agreed on", consent.givenOn())
                .add("Evidence", consent.evidenceNote())
                .add("Evidence document", consent.evidenceDocument())
                .add("Withdrawn on", consent.withdrawnOn())
                .add("How you withdrew it", consent.withdrawalMethod() == null ? null
                        : consent.withdrawalMethod().label())
                .item("Consent", Long.toString(consent.id()))));
        notices.of(subjectId).forEach(notice -> items.add(new Fields()
                .about("Privacy notices we gave you or owe you")
                .add("Notice", notice.noticeName())
                .add("Written for", notice.audience().label())
                .add("Version", notice.versionInWords())
                .add("Given on", notice.givenOn())
                .add("How it was given", notice.howInWords())
                .add("Due by", notice.owed() ? notice.dueOn() : null)
                .add("Where we obtained your data", notice.fromPerson() ? "From you" : notice.source())
                .add("Obtained on", notice.obtainedOn())
                .add("First contact or disclosure", notice.firstContactOn())
                .item("NoticeGiven", Long.toString(notice.id()))));
        held.of(subjectId).forEach(hold -> items.add(new Fields()
                .about("Your records kept for legal reasons")
                .add("Legal hold on", hold.context() == null ? "every context" : hold.context())
                .add("Why", hold.reason())
                .add("Placed on", hold.placedOn())
                .add("Lifted on", hold.liftedOn())
                .item("LegalHold", Long.toString(hold.id()))));
        return new SubjectDataSection(CONTEXT, items);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            return new ErasureOutcome(CONTEXT, 0, List.of());
        }
        int disclosed = disclosures.erase(subjectId);
        int noticed = notices.eraseFor(subjectId);
        em.remove(subject);
        em.flush();
        count.erased();
        erased.fire(new PersonErased(subjectId));
        return new ErasureOutcome(CONTEXT, disclosed + noticed + 1, List.of());
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        DataSubject subject = em.find(DataSubject.class, subjectId);
        if (subject == null) {
            return List.of();
        }
        return RegisterFields.ALL.stream().map(field -> field.listed(DataContext.REGISTER, PERSON,
                Long.toString(subjectId), "The person's record in the register", subject)).toList();
    }

    /** Corrects the master record, each value checked by the register form's rules; restriction does not stop it. */
    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        RectificationOutcome.Tally tally = new RectificationOutcome.Tally();
        DataSubject subject = em.find(DataSubject.class, subjectId);
        for (Correction correction : corrections) {
            Optional<CorrectableProperty<DataSubject>> field = CorrectableProperty.labelled(RegisterFields.ALL,
                    correction.field());
            if (subject == null || field.isEmpty() || !correction.recordId().equals(Long.toString(subjectId))) {
                tally.refused(correction, "The register holds no such field of this person.");
                continue;
            }
            field.get().correct(subject, correction, validator, tally);
        }
        RectificationOutcome outcome = tally.outcome();
        if (outcome.corrected() > 0) {
            subject.touched(LocalDateTime.now(clock), caller.getName());
            em.flush();
        }
        return outcome;
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
