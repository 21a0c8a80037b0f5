package org.custos.complaints.internal;

import static org.custos.protection.testsupport.People.aPerson;
import static org.custos.protection.testsupport.Requests.anAccessRequestFrom;
import static org.custos.protection.testsupport.Requests.onceCompiled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.complaints.api.AnonymityLossForm;
import org.custos.complaints.api.ComplaintDocumentView;
import org.custos.complaints.api.ComplaintForm;
import org.custos.complaints.api.Complaints;
import org.custos.complaints.api.LoggedComplaint;
import org.custos.complaints.api.OutcomeForm;
import org.custos.domain.shared.ComplaintAbout;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.rights.api.ItemField;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.rights.api.ResponseCompilation;
import org.custos.protection.rights.api.ReviewItemView;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Names;
import org.custos.testsupport.Sql;
import org.custos.testsupport.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaints context with the rights engine of protection, on Payara Micro with PostgreSQL: an access request by
 * the person a complaint is about proposes the anonymous complainant's data for redaction (D3, P1), and only then;
 * a complaint's documents are kept encrypted, opened only by those who open the file, audited, exported and erased
 * (P1, X1, X3); what the holder lists as due for review is destroyed item by item, the message of a social-media
 * complaint before its file (R5, R6).
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintsRightsAndDocumentsIT {

    private static final String HR = Callers.principal(Role.HR);
    private static final String OTHER_HR = "other-hr-complaint-documents";
    private static final String DPM = Callers.principal(Role.DPM);

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("complaints", ProtectionDeployment.fixtures());
    }

    @Inject
    Complaints complaints;

    @Inject
    PeopleRegister register;

    @Inject
    RightsRequests requests;

    @Inject
    ResponseCompilation compilation;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Resource
    UserTransaction transaction;

    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(database, HR, Role.HR);
        TestAccounts.ensure(database, OTHER_HR, Role.HR);
        TestAccounts.ensure(database, DPM, Role.DPM);
    }

    private long person(String given, String family) throws Exception {
        return aPerson().named(given, family).as(SubjectCategory.CLIENT_CONTACT).registeredIn(register).id();
    }

    private LoggedComplaint logged(long complainant, List<Long> named, boolean anonymous, String text)
            throws Exception {
        return logged(complainant, named, anonymous, text, ComplaintChannel.EMAIL, LocalDate.now().minusDays(3));
    }

    private LoggedComplaint logged(long complainant, List<Long> named, boolean anonymous, String text,
            ComplaintChannel channel, LocalDate receivedOn) throws Exception {
        return Callers.as(Role.HR, () -> complaints.log(new ComplaintForm(ChosenPerson.known(complainant),
                receivedOn, channel, ComplaintKind.STAFF_CONDUCT, ComplaintAbout.STAFF_MEMBER,
                "What happened at the counter", named, text, anonymous, null, null, Set.of(HR))));
    }

    /** The review items of the complaints context in the response to an access request by {@code subjectId}. */
    private List<ReviewItemView> reviewedFor(long subjectId) throws Exception {
        RequestView request = anAccessRequestFrom(subjectId).verifiedIn(requests);
        Callers.as(Role.DPM, () -> compilation.compile(request.id(), request.version()));
        onceCompiled(request.id(), requests);
        return Callers.as(Role.DPM, () -> compilation.items(request.id())).stream()
                .filter(item -> item.context().equals(DataContext.COMPLAINTS.key())).toList();
    }

    private static ReviewItemView theComplaint(List<ReviewItemView> items, long complaintId) {
        return items.stream().filter(item -> item.recordType().equals("Complaint")
                && item.recordId().equals(Long.toString(complaintId))).findFirst().orElseThrow();
    }

    private static String value(List<ItemField> fields, String label) {
        return fields.stream().filter(field -> field.label().equals(label)).map(ItemField::value).findFirst()
                .orElse(null);
    }

    @Test
    void anAccessRequestByThePersonComplainedAboutProposesTheAnonymousComplainantForRedaction_D3_P1()
            throws Exception {
        String family = Names.unique("Quinn");
        long complainant = person("Ines", family);
        long accused = person("Rob", Names.unique("Reed"));
        LoggedComplaint anonymous = logged(complainant, List.of(accused), true,
                "I, Ines " + family + ", saw Rob shred the letters.");
        String openFamily = Names.unique("Open");
        LoggedComplaint open = logged(person("Otto", openFamily), List.of(accused), false, "Rob was rude to me.");

        List<ReviewItemView> items = reviewedFor(accused);

        ReviewItemView proposed = theComplaint(items, anonymous.id());
        assertTrue(proposed.otherPeople().stream().anyMatch(other -> other.startsWith("Ines " + family
                + ", the complainant, who asked not to be named")), proposed.otherPeople().toString());
        assertEquals("Ines " + family, value(proposed.fields(), "Made by"), "the DPM sees what is proposed");
        assertTrue(proposed.fields().stream().filter(field -> field.value().contains(family)
                || field.value().contains("shred")).allMatch(field -> field.otherPerson() != null),
                "every field carrying the complainant is marked as theirs");
        String suggested = proposed.suggestedRedaction().stream().map(ItemField::value)
                .collect(Collectors.joining("\n"));
        assertFalse(suggested.contains(family), suggested);
        assertFalse(suggested.contains("shred"), "nor the words that identify them: " + suggested);
        assertEquals("Staff conduct", value(proposed.suggestedRedaction(), "Kind"), "the rest is disclosed");

        ReviewItemView openly = theComplaint(items, open.id());
        assertTrue(openly.fields().stream().allMatch(field -> field.otherPerson() == null),
                "a complaint made openly marks nothing as withheld (P1: the identity is disclosed)");
        assertTrue(openly.otherPeople().stream().noneMatch(other -> other.contains("asked not to be named")));
        assertEquals("Rob was rude to me.", value(openly.suggestedRedaction(), "What the complaint said"));

        var file = Callers.as(Role.HR, () -> complaints.complaint(anonymous.id()));
        Callers.as(Role.HR, () -> complaints.anonymityCannotBeKept(anonymous.id(), file.version(),
                new AnonymityLossForm("Rob must answer what she saw.", LocalDate.now())));
        cache.getCache().evictAll();
        ReviewItemView lost = theComplaint(reviewedFor(accused), anonymous.id());
        assertTrue(lost.fields().stream().allMatch(field -> field.otherPerson() == null),
                "once anonymity is recorded as not kept (and the complainant told), nothing is proposed for it");
        assertTrue(lost.otherPeople().stream().noneMatch(other -> other.contains("asked not to be named")));
        assertEquals("I, Ines " + family + ", saw Rob shred the letters.",
                value(lost.fields(), "What the complaint said"));
    }

    @Test
    void aComplaintsDocumentsAreKeptEncryptedOpenedOnlyByItsHandlersAuditedExportedAndErased_P1_X1_X3()
            throws Exception {
        String family = Names.unique("Doc");
        long complainant = person("Dora", family);
        long accused = person("Sid", Names.unique("Vale"));
        LoggedComplaint complaint = logged(complainant, List.of(accused), true, "See the photo I attached.");
        byte[] pdf = Documents.pdf("Letter of complaint");
        String name = "Dora " + family + " letter.pdf";

        List<ComplaintDocumentView> listed = Callers.as(Role.HR, () -> complaints.attach(complaint.id(),
                new DocumentUpload(name, pdf)));
        ComplaintDocumentView document = listed.get(0);
        DocumentDownload downloaded = Callers.as(Role.HR, () -> complaints.document(complaint.id(), document.id()));

        assertEquals(List.of(name), listed.stream().map(ComplaintDocumentView::fileName).toList());
        assertEquals("application/pdf", document.mediaType());
        assertArrayEquals(pdf, downloaded.content());
        assertEquals(List.of(document.id() + " " + name), Callers.as(Role.HR,
                () -> complaints.documents(complaint.id())).stream().map(d -> d.id() + " " + d.fileName()).toList());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.HR, () -> complaints.attach(complaint.id(),
                new DocumentUpload("run-me.pdf", Documents.executable()))), "told by content, not by name");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> complaints.documents(complaint.id())), "X1");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.HIRING_MANAGER,
                () -> complaints.document(complaint.id(), document.id())), "X1");
        assertThrows(AccessRefused.class, () -> Callers.as(Role.DPM,
                () -> complaints.document(complaint.id(), document.id())), "the DPM only through break-glass");

        List<String> stored = Sql.column(database, "select d.file_name || ' ' || c.content from cmp_document d,"
                + " cmp_document_content c where c.id = d.id and d.complaint_id = ?", complaint.id());
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).contains(family), "X3: the name is encrypted at rest");
        assertFalse(stored.get(0).contains("%PDF"), "and the bytes");
        List<String> trail = Sql.column(database, "select actor || ' ' || action || ' ' || outcome from"
                + " sec_audit_entry where record_type = 'Complaint' and record_id = ? order by position",
                Long.toString(complaint.id()));
        assertTrue(trail.containsAll(List.of(HR + " UPDATE SUCCESS", HR + " READ SUCCESS",
                Callers.principal(Role.HIRING_MANAGER) + " READ DENIED", DPM + " READ DENIED")), trail.toString());

        String forComplainant = text(throughTheSpi(holder -> holder.export(complainant)));
        assertTrue(forComplainant.contains("File name: " + name), forComplainant);
        assertTrue(throughTheSpi(holder -> holder.export(accused)).items().stream()
                .filter(item -> item.recordType().equals("ComplaintDocument"))
                .flatMap(item -> item.fields().stream()).filter(field -> field.value().contains(family))
                .allMatch(field -> field.otherPerson() != null),
                "the person complained about sees the document's name only as the complainant's, to redact");

        ErasureOutcome erased = throughTheSpi(holder -> holder.erase(complainant));
        cache.getCache().evictAll();
        assertTrue(erased.erased() >= 3);
        assertEquals(List.of("0 0"), Sql.column(database, "select (select count(*) from cmp_document where"
                + " complaint_id = ?) || ' ' || (select count(*) from cmp_document_content where id = ?)",
                complaint.id(), document.id()));
    }

    @Test
    void theMessageOfASocialMediaComplaintGoesAfterItsPeriodAndTheFileAfterItsOwn_R5_R6() throws Exception {
        long complainant = person("Sam", Names.unique("Post"));
        LoggedComplaint social = logged(complainant, List.of(), false, "Your shop is rubbish #fail",
                ComplaintChannel.SOCIAL_MEDIA, LocalDate.now().minusMonths(4));
        Callers.as(Role.HR, () -> complaints.attach(social.id(), new DocumentUpload("screenshot.png",
                Documents.png())));
        LoggedComplaint recent = logged(complainant, List.of(), false, "Still rubbish #fail",
                ComplaintChannel.SOCIAL_MEDIA, LocalDate.now().minusMonths(1));

        List<RetentionItem> due = throughTheSpi(holder -> holder.dueForReview(LocalDate.now()));
        RetentionItem message = due.stream().filter(item -> item.recordId().equals(Long.toString(social.id()))
                && item.recordType().equals("ComplaintMessage")).findFirst().orElseThrow();
        assertFalse(due.stream().anyMatch(item -> item.recordId().equals(Long.toString(recent.id()))),
                "a message within its three months is not due");

        ErasureOutcome destroyed = throughTheSpi(holder -> holder.destroyDue(message));
        cache.getCache().evictAll();

        assertEquals(3, destroyed.erased(), "the message, and its screenshot's record and bytes");
        assertEquals(List.of("null 0 " + complainant), Sql.column(database, "select coalesce(complaint_text,"
                + " 'null') || ' ' || (select count(*) from cmp_document d where d.complaint_id = c.id) || ' '"
                + " || complainant_subject_id from cmp_complaint c where id = ?", social.id()));
        assertEquals(List.of("Still rubbish #fail"), Sql.column(database,
                "select complaint_text from cmp_complaint where id = ?", recent.id()), "another message stays");
        assertFalse(throughTheSpi(holder -> holder.dueForReview(LocalDate.now())).stream()
                .anyMatch(item -> item.recordType().equals("ComplaintMessage")
                        && item.recordId().equals(Long.toString(social.id()))), "done once, not due again");
        RetentionItem notYet = new RetentionItem("complaints", "ComplaintMessage", Long.toString(recent.id()),
                complainant, LocalDate.now(), "retention.complaint-social-media-messages", "Not yet due.");
        assertEquals(0, throughTheSpi(holder -> holder.destroyDue(notYet)).erased(), "nothing goes before its date");

        var file = Callers.as(Role.HR, () -> complaints.complaint(recent.id()));
        Callers.as(Role.HR, () -> complaints.close(recent.id(), file.version(),
                new OutcomeForm("Apologised and refunded.", LocalDate.now())));
        RetentionItem fileItem = new RetentionItem("complaints", "Complaint", Long.toString(recent.id()),
                complainant, LocalDate.now(), "retention.complaint-files", "Not yet due.");
        assertEquals(0, throughTheSpi(holder -> holder.destroyDue(fileItem)).erased(),
                "a file closed today is kept for its two years");
        Sql.execute(database, "update cmp_complaint set closed_on = ? where id = ?", LocalDate.now().minusYears(3),
                recent.id());
        cache.getCache().evictAll();
        assertTrue(throughTheSpi(holder -> holder.destroyDue(fileItem)).erased() >= 1);
        cache.getCache().evictAll();
        assertEquals(List.of("null null null"), Sql.column(database, "select coalesce(cast(complainant_subject_id"
                + " as varchar), 'null') || ' ' || coalesce(complaint_text, 'null') || ' ' || coalesce(outcome,"
                + " 'null') from cmp_complaint where id = ?", recent.id()));
        assertNull(Callers.as(Role.HR, () -> complaints.complaint(recent.id())).complainant(),
                "the file stays for the counts, without the complainant");
    }

    @Test
    void anOpenComplaintHoldsTheRecordsOfItsComplainantAndOfThePeopleItNamesUntilItCloses_R6() throws Exception {
        long complainant = person("Ola", Names.unique("Hold"));
        long named = person("Pip", Names.unique("Hold"));
        long unconcerned = person("Kit", Names.unique("Hold"));
        LocalDate receivedOn = LocalDate.now().minusDays(5);
        LoggedComplaint open = logged(complainant, List.of(named), false, "Rude at the counter",
                ComplaintChannel.EMAIL, receivedOn);
        String words = "An open complaint received on " + OrganisationTime.DAY.format(receivedOn)
                + " concerns this person";

        Map<Long, List<String>> held = throughTheSpi(holder -> holder.openCasesConcerning(
                List.of(complainant, named, unconcerned)));

        assertEquals(Map.of(complainant, List.of(words), named, List.of(words)), held);
        var file = Callers.as(Role.HR, () -> complaints.complaint(open.id()));
        Callers.as(Role.HR, () -> complaints.close(open.id(), file.version(),
                new OutcomeForm("Apologised.", LocalDate.now())));
        assertEquals(Map.of(), throughTheSpi(holder -> holder.openCasesConcerning(List.of(complainant, named))),
                "a closed complaint holds nothing");
    }

    private static String text(SubjectDataSection section) {
        return section.items().stream().flatMap(item -> item.fields().stream())
                .map(field -> field.label() + ": " + field.value()).collect(Collectors.joining("\n"));
    }

    private <T> T throughTheSpi(Function<PersonalDataHolder, T> work) throws Exception {
        PersonalDataHolder complaintsHolder = holders.stream()
                .filter(holder -> holder.context() == DataContext.COMPLAINTS).findFirst().orElseThrow();
        transaction.begin();
        try {
            return work.apply(complaintsHolder);
        } finally {
            transaction.commit();
        }
    }
}
