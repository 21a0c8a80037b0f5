package org.custos.complaints.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.custos.domain.complaints.Complaint;
import org.custos.domain.complaints.ComplaintDocument;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.subject.DataSubject;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;

/**
 * The complaints context's part of the personal-data SPI (P1, R5, D3): the complaints a person made and those that
 * concern them. A copy for a person a complaint concerns never carries the complainant who asked for anonymity (their
 * name, their contact details, the words of the complaint that could identify them) while it is kept. Erasure takes a
 * complainant's name and words off their files, keeping only what the counts per kind and month need, and takes a
 * person off the complaints that named them. Closed files and the messages of social-media complaints are due for
 * review after their periods (R5).
 */
@ApplicationScoped
public class ComplaintsDataHolder implements PersonalDataHolder {

    static final String CONTEXT = DataContext.COMPLAINTS.key();

    private static final String MESSAGE = "ComplaintMessage";

    /** The purpose complaint data serves (P1, L6), by its name in the register of purposes. */
    private static final String PURPOSE = "Complaint handling";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    ComplaintDocuments documents;

    @Override
    public DataContext context() {
        return DataContext.COMPLAINTS;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return ComplaintsRetention.RULES;
    }

    @Override
    public HeldData heldData() {
        return new HeldData(List.of("Complaints made and what they say", "Being named in a complaint",
                "Investigation and outcome of a complaint"), Set.of(),
                "select complainant_subject_id as subject_id from cmp_complaint"
                        + " where complainant_subject_id is not null"
                        + " union select subject_id from cmp_person_named");
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        List<DataItem> items = new ArrayList<>();
        for (Complaint complaint : madeBy(subjectId)) {
            items.add(new Fields().about("A complaint you made")
                    .add("Received on", complaint.receivedOn()).add("How it arrived", complaint.channel().label())
                    .add("Kind", complaint.kind().label()).add("Concerning", complaint.about().label())
                    .add("What it is about", complaint.aboutText()).add("What you said", complaint.complaintText())
                    .add("You asked not to be named to the person it is about",
                            complaint.anonymityRequested() ? "Yes" : null)
                    .add("Why your anonymity could not be kept", complaint.anonymityLostReason())
                    .add("You were told on", complaint.anonymityLostToldOn())
                    .add("Acknowledged on", complaint.acknowledgedOn()).add("Outcome", complaint.outcome())
                    .add("Outcome sent on", complaint.outcomeOn()).add("Closed on", complaint.closedOn())
                    .add(SubjectDataSection.PURPOSE, PURPOSE)
                    .item("Complaint", Long.toString(complaint.id())));
            for (ComplaintDocument document : documents.of(complaint.id())) {
                items.add(document(new Fields().about("A document of a complaint you made"), document, null)
                        .add(SubjectDataSection.PURPOSE, PURPOSE)
                        .item("ComplaintDocument", Long.toString(document.id())));
            }
        }
        for (Complaint complaint : naming(subjectId)) {
            if (complaint.complainantSubjectId() != null && complaint.complainantSubjectId() == subjectId) {
                continue;
            }
            String withheld = complaint.anonymityKept() ? complainantWhoAskedNotToBeNamed(complaint) : null;
            Fields fields = new Fields().about("A complaint that concerns you")
                    .add("Received on", complaint.receivedOn()).add("Kind", complaint.kind().label())
                    .add("Concerning", complaint.about().label());
            if (withheld != null) {
                fields.addOtherPersons("Made by", nameOf(complaint.complainantSubjectId()), withheld)
                        .addOtherPersons("What it is about", complaint.aboutText(), withheld)
                        .addOtherPersons("What the complaint said", complaint.complaintText(), withheld);
            } else {
                fields.add("Made by", nameOf(complaint.complainantSubjectId()))
                        .add("What it is about", complaint.aboutText())
                        .add("What the complaint said", complaint.complaintText());
            }
            items.add(fields.add("Outcome sent on", complaint.outcomeOn()).add("Closed on", complaint.closedOn())
                    .add(SubjectDataSection.SOURCE, "A complaint made to us")
                    .add(SubjectDataSection.PURPOSE, PURPOSE)
                    .item("Complaint", Long.toString(complaint.id())));
            for (ComplaintDocument document : documents.of(complaint.id())) {
                items.add(document(new Fields().about("A document of a complaint that concerns you"), document,
                        withheld).add(SubjectDataSection.SOURCE, "A complaint made to us")
                        .add(SubjectDataSection.PURPOSE, PURPOSE)
                        .item("ComplaintDocument", Long.toString(document.id())));
            }
        }
        return new SubjectDataSection(CONTEXT, items);
    }

    /**
     * D3: whose data the fields of a complaint are that a copy for the person it concerns leaves out while the
     * complainant's anonymity is kept, in words for the reviewer of a rights request.
     */
    private String complainantWhoAskedNotToBeNamed(Complaint complaint) {
        String name = nameOf(complaint.complainantSubjectId());
        return (name == null ? "The complainant" : name + ", the complainant,")
                + " who asked not to be named to the person the complaint is about (P1)";
    }

    /** A document's facts; its name is the complainant's data to withhold when {@code withheld} says whose. */
    private static Fields document(Fields fields, ComplaintDocument document, String withheld) {
        return (withheld == null ? fields.add("File name", document.fileName())
                : fields.addOtherPersons("File name", document.fileName(), withheld))
                .add("Type", document.mediaType()).add("Size in bytes", document.sizeBytes())
                .add("SHA-256", document.sha256()).add("Uploaded on", document.uploadedAt().toLocalDate());
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        List<String> kept = new ArrayList<>();
        List<Complaint> made = madeBy(subjectId);
        int erased = 0;
        for (Complaint complaint : made) {
            erased += wipe(complaint);
        }
        if (!made.isEmpty()) {
            kept.add(made.size() + (made.size() == 1 ? " complaint file is" : " complaint files are") + " kept for"
                    + " the counts of complaints per kind and month, with no name, words, investigation or documents.");
        }
        erased += em.createQuery("delete from ComplaintPersonNamed p where p.subjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
        em.flush();
        return new ErasureOutcome(CONTEXT, erased, kept);
    }

    /** Nothing here is a field of the person's that a rectification corrects: the register holds their details. */
    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return List.of();
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return new RectificationOutcome(0, Map.of());
    }

    /** Restriction is the register's state (D6); the facade refuses to log a complaint for a restricted person. */
    @Override
    public void restrict(long subjectId, boolean restricted) {
        // nothing of its own to mark
    }

    /**
     * R6: the complaints not yet closed whose complainant is one of the people or that name one of them, in one
     * query: while one is open it holds all that person's records from retention.
     */
    @Override
    public Map<Long, List<String>> openCasesConcerning(Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        // numbers only, never typed text
        String people = subjectIds.stream().map(String::valueOf).distinct().collect(Collectors.joining(", "));
        Map<Long, List<String>> open = new TreeMap<>();
        List<?> rows = em.createNativeQuery("select c.complainant_subject_id, c.received_on, c.id from cmp_complaint c"
                + " where c.closed_on is null and c.complainant_subject_id in (" + people + ")"
                + " union select p.subject_id, c.received_on, c.id from cmp_complaint c"
                + " join cmp_person_named p on p.complaint_id = c.id where c.closed_on is null and p.subject_id in (" + people + ")"
                + " order by 2, 3").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate receivedOn = columns[1] instanceof java.sql.Date date ? date.toLocalDate()
                    : (LocalDate) columns[1];
            open.computeIfAbsent(((Number) columns[0]).longValue(), subject -> new ArrayList<>())
                    .add("An open complaint received on " + OrganisationTime.DAY.format(receivedOn)
                            + " concerns this person");
        }
        return open;
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        List<RetentionItem> due = new ArrayList<>();
        Period files = calendar.retentionPeriod(ComplaintsRetention.FILES);
        for (Complaint complaint : em.createQuery("select c from Complaint c where c.closedOn is not null"
                + " and c.complainantSubjectId is not null order by c.id", Complaint.class).getResultList()) {
            ComplaintsRetention.fileReviewOn(complaint.closedOn(), files).filter(on -> !on.isAfter(asOf))
                    .ifPresent(on -> due.add(new RetentionItem(CONTEXT, DefaultComplaints.RECORD,
                            Long.toString(complaint.id()), complaint.complainantSubjectId(), on,
                            ComplaintsRetention.FILES.key(), ComplaintsRetention.FILES.reason(complaint.closedOn()))));
        }
        Period messages = calendar.retentionPeriod(ComplaintsRetention.SOCIAL_MEDIA_MESSAGES);
        for (Complaint complaint : em.createQuery("select c from Complaint c where c.complaintText is not null"
                + " and c.complainantSubjectId is not null and c.channel = :channel order by c.id", Complaint.class)
                .setParameter("channel", ComplaintChannel.SOCIAL_MEDIA).getResultList()) {
            ComplaintsRetention.messageReviewOn(complaint.channel(), complaint.receivedOn(), messages)
                    .filter(on -> !on.isAfter(asOf))
                    .ifPresent(on -> due.add(new RetentionItem(CONTEXT, MESSAGE, Long.toString(complaint.id()),
                            complaint.complainantSubjectId(), on, ComplaintsRetention.SOCIAL_MEDIA_MESSAGES.key(),
                            ComplaintsRetention.SOCIAL_MEDIA_MESSAGES.reason(complaint.receivedOn()))));
        }
        return due;
    }

    /**
     * R5, R6: destroys what one due item names, once reviewed, and nothing else. The message of a social-media
     * complaint goes after its own shorter period (its words and documents; the file, its dates and outcome stay
     * until the file's period ends); a complaint file, once its period after closure ended, loses the complainant,
     * its words, investigation, people named and documents, and keeps only what the counts per kind and month need.
     * An item not yet due, or no longer there, is kept with the reason.
     */
    @Override
    public ErasureOutcome destroyDue(RetentionItem item) {
        Complaint complaint = item.context().equals(CONTEXT) ? em.find(Complaint.class, parsed(item.recordId()))
                : null;
        if (complaint == null || complaint.complainantSubjectId() == null
                || complaint.complainantSubjectId() != item.subjectId()) {
            return new ErasureOutcome(CONTEXT, 0, List.of("Complaint " + item.recordId()
                    + ": nothing of this person's is held there any more."));
        }
        LocalDate today = calendar.today();
        if (MESSAGE.equals(item.recordType())) {
            Optional<LocalDate> due = ComplaintsRetention.messageReviewOn(complaint.channel(), complaint.receivedOn(),
                    calendar.retentionPeriod(ComplaintsRetention.SOCIAL_MEDIA_MESSAGES));
            if (complaint.complaintText() == null) {
                return new ErasureOutcome(CONTEXT, 0, List.of("Complaint " + complaint.id()
                        + ": its message went already."));
            }
            if (due.isEmpty() || due.get().isAfter(today)) {
                return new ErasureOutcome(CONTEXT, 0, List.of(notDue(complaint, due)));
            }
            int erased = documents.deleteAll(complaint.id()) + 1;
            complaint.removeMessage();
            em.flush();
            return new ErasureOutcome(CONTEXT, erased, List.of("Complaint " + complaint.id() + ": the file is kept"
                    + " without the message until its own period after closure ends (R5)."));
        }
        if (DefaultComplaints.RECORD.equals(item.recordType())) {
            Optional<LocalDate> due = ComplaintsRetention.fileReviewOn(complaint.closedOn(),
                    calendar.retentionPeriod(ComplaintsRetention.FILES));
            if (due.isEmpty() || due.get().isAfter(today)) {
                return new ErasureOutcome(CONTEXT, 0, List.of(notDue(complaint, due)));
            }
            int erased = wipe(complaint);
            em.flush();
            return new ErasureOutcome(CONTEXT, erased, List.of("Complaint " + complaint.id() + ": kept for the"
                    + " counts of complaints per kind and month, with no name, words, investigation or documents."));
        }
        return new ErasureOutcome(CONTEXT, 0, List.of("Complaint " + complaint.id() + ": no record of the kind "
                + item.recordType() + " is kept here."));
    }

    /** Takes the complainant, the words, the investigation, the people named and the documents off a file. */
    private int wipe(Complaint complaint) {
        int erased = em.createQuery("delete from InvestigationNote n where n.complaintId = :complaint")
                .setParameter("complaint", complaint.id()).executeUpdate();
        erased += em.createQuery("delete from ComplaintPersonNamed p where p.complaintId = :complaint")
                .setParameter("complaint", complaint.id()).executeUpdate();
        erased += documents.deleteAll(complaint.id());
        complaint.anonymise();
        return erased + 1;
    }

    private static String notDue(Complaint complaint, Optional<LocalDate> due) {
        return "Complaint " + complaint.id() + ": not due yet" + due.map(on -> " (due on "
                + OrganisationTime.DAY.format(on) + ")").orElse(" (kept while it is open)") + ", so nothing went.";
    }

    private static long parsed(String recordId) {
        try {
            return Long.parseLong(recordId);
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    private String nameOf(Long subjectId) {
        if (subjectId == null) {
            return null;
        }
        DataSubject subject = em.find(DataSubject.class, subjectId);
        return subject == null ? null : subject.givenNames() + " " + subject.familyName();
    }

    private List<Complaint> madeBy(long subjectId) {
        return em.createQuery("select c from Complaint c where c.complainantSubjectId = :subject order by c.id",
                Complaint.class).setParameter("subject", subjectId).getResultList();
    }

    private List<Complaint> naming(long subjectId) {
        return em.createQuery("select c from Complaint c, ComplaintPersonNamed p where p.complaintId = c.id"
                + " and p.subjectId = :subject order by c.id", Complaint.class).setParameter("subject", subjectId)
                .getResultList();
    }
}
