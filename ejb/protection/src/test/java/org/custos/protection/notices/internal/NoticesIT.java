package org.custos.protection.notices.internal;

import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.custos.domain.protection.NoticeVersion;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;
import org.custos.domain.shared.NoticeState;
import org.custos.domain.shared.Role;
import org.custos.protection.notices.api.ItemAnswer;
import org.custos.protection.notices.api.NoticeForm;
import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.protection.notices.api.NoticeVersionView;
import org.custos.protection.notices.api.NoticeView;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.protection.testsupport.SeededPurposes;
import org.custos.security.api.DocumentUpload;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.custos.testsupport.Documents;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privacy notices on Payara Micro with PostgreSQL (N1): a version is issued only when the DPM approved it and it is
 * complete, issuing replaces the version issued before, its text is sanitised, the DPM alone changes them, and every
 * change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    Notices notices;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @PersistenceUnit(unitName = "custos")
    EntityManagerFactory cache;

    private static List<ItemAnswer> everyItemPresent() {
        return Arrays.stream(NoticeItem.values())
                .map(item -> new ItemAnswer(item, NoticeItemAnswer.PRESENT, "Section " + (item.ordinal() + 1)))
                .toList();
    }

    private static NoticeVersionForm complete(String text) {
        return new NoticeVersionForm(text, Set.of(SeededPurposes.CLIENT_SERVICE), everyItemPresent());
    }

    private NoticeView aNotice(NoticeAudience audience) throws Exception {
        return Callers.as(Role.DPM, () -> notices.add(new NoticeForm(audience, unique("Notice"))));
    }

    private NoticeVersionView written(long noticeId, NoticeVersionForm form) throws Exception {
        NoticeVersionView draft = Callers.as(Role.DPM, () -> notices.newDraft(noticeId));
        return Callers.as(Role.DPM, () -> notices.save(draft.id(), draft.version(), form));
    }

    private NoticeVersionView issued(long noticeId, String text) throws Exception {
        NoticeVersionView saved = written(noticeId, complete(text));
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(saved.id(), saved.version()));
        return Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version()));
    }

    @Test
    void aVersionTheDpmHasNotApprovedIsNotIssued_N1() throws Exception {
        NoticeView notice = aNotice(NoticeAudience.SUPPLIERS);
        NoticeVersionView saved = written(notice.id(), complete("<p>What we do with suppliers' data.</p>"));
        assertTrue(saved.completeness().complete());
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> notices.issue(saved.id(), saved.version())));
        assertEquals("Version 1 cannot be issued: the Data Protection Manager has not approved it yet.",
                refused.getMessage());
        assertEquals(NoticeState.DRAFT, Callers.as(Role.DPM, () -> notices.version(saved.id())).state());
    }

    @Test
    void anIncompleteVersionIsNeitherApprovedNorIssued_N1() throws Exception {
        NoticeView notice = aNotice(NoticeAudience.COMPLAINANTS);
        List<ItemAnswer> withoutRetention = everyItemPresent().stream()
                .filter(answer -> answer.item() != NoticeItem.RETENTION).toList();
        NoticeVersionView saved = written(notice.id(), new NoticeVersionForm("<p>Complaints</p>",
                Set.of(SeededPurposes.CLIENT_SERVICE), withoutRetention));
        assertEquals(List.of(NoticeItem.RETENTION), saved.completeness().missing());
        RequestRefused notApproved = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> notices.approve(saved.id(), saved.version())));
        assertEquals("Version 1 cannot be approved: Not yet answered on the checklist: how long the data is kept, "
                + "or how that is decided.", notApproved.getMessage());

        NoticeVersionView fixed = Callers.as(Role.DPM, () -> notices.save(saved.id(), saved.version(),
                complete("<p>Complaints</p>")));
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(fixed.id(), fixed.version()));
        // An approved version is not edited; were its checklist row lost, issuing it is still refused.
        assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM, () -> notices.save(approved.id(),
                approved.version(), complete("<p>Changed</p>"))));
        Sql.execute(database, "delete from prot_notice_item where version_id = ? and item = 'RECIPIENTS'",
                approved.id());
        cache.getCache().evict(NoticeVersion.class, approved.id());
        RequestRefused notIssued = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version())));
        assertEquals("Version 1 cannot be issued: Not yet answered on the checklist: who receives the data.",
                notIssued.getMessage());
    }

    @Test
    void issuingAVersionWithdrawsTheOneIssuedBefore_N1() throws Exception {
        NoticeView notice = aNotice(NoticeAudience.WEBSITE_VISITORS);
        NoticeVersionView first = issued(notice.id(), "<p>Cookies, version one.</p>");
        assertEquals(NoticeState.ISSUED, first.state());
        assertEquals(first.id(), Callers.as(Role.HIRING_MANAGER, () -> notices.requireIssued(first.id())).id());

        NoticeVersionView copy = Callers.as(Role.DPM, () -> notices.newDraft(notice.id()));
        assertEquals(2, copy.summary().number());
        assertEquals(first.text(), copy.text(), "a new draft is copied from the version before");
        assertEquals(first.items(), copy.items());
        RequestRefused twoDrafts = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.DPM, () -> notices.newDraft(notice.id())));
        assertTrue(twoDrafts.getMessage().startsWith("Version 2 of " + notice.name() + " is still draft"),
                twoDrafts.getMessage());
        NoticeVersionView edited = Callers.as(Role.DPM, () -> notices.save(copy.id(), copy.version(),
                complete("<p>Cookies, version two.</p>")));
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(edited.id(), edited.version()));
        NoticeVersionView second = Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version()));

        assertEquals(NoticeState.WITHDRAWN, Callers.as(Role.DPM, () -> notices.version(first.id())).state());
        assertEquals(NoticeState.ISSUED, second.state());
        assertEquals(second.id(), Callers.as(Role.STAFF,
                () -> notices.issuedVersion(NoticeAudience.WEBSITE_VISITORS)).orElseThrow().id());
        RequestRefused withdrawn = assertThrows(RequestRefused.class,
                () -> Callers.as(Role.STAFF, () -> notices.requireIssued(first.id())));
        assertEquals(notice.name() + ", version 1 is not the issued version: it is withdrawn.",
                withdrawn.getMessage());
        assertThrows(RequestRefused.class, () -> Callers.as(Role.STAFF, () -> notices.requireIssued(-1)));
        assertEquals(List.of("1"), Sql.column(database, "select count(*) from prot_notice_version"
                + " where notice_id = ? and state = 'ISSUED'", notice.id()));
    }

    @Test
    void theTextIsSanitisedAndAVersionIsTextOrAPdf_N1() throws Exception {
        NoticeView notice = aNotice(NoticeAudience.STAFF);
        NoticeVersionView saved = written(notice.id(),
                complete("<p onmouseover=\"steal()\">Hello<script>steal()</script></p>"));
        assertEquals("<p>Hello</p>", saved.text());
        RequestRefused both = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> notices.upload(saved.id(), saved.version(), new DocumentUpload("notice.pdf",
                        Documents.pdf("Staff notice")))));
        assertTrue(both.getMessage().startsWith("The version has its text written"), both.getMessage());

        NoticeVersionView cleared = Callers.as(Role.DPM, () -> notices.save(saved.id(), saved.version(),
                complete("<p><br></p>")));
        assertNull(cleared.text());
        assertFalse(cleared.completeness().complete(), "no text and no PDF");
        RequestRefused word = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> notices.upload(cleared.id(), cleared.version(), new DocumentUpload("notice.pdf",
                        Documents.docx()))));
        assertTrue(word.getMessage().startsWith("A notice is uploaded as a PDF"), word.getMessage());
        NoticeVersionView pdf = Callers.as(Role.DPM, () -> notices.upload(cleared.id(), cleared.version(),
                new DocumentUpload("staff notice.pdf", Documents.pdf("Staff notice"))));
        assertTrue(pdf.completeness().complete());
        assertEquals("%PDF", new String(Callers.as(Role.HR, () -> notices.document(pdf.id())).content(), 0, 4,
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void onlyTheDpmChangesNoticesHrReadsThemAndEveryChangeIsAudited_N1() throws Exception {
        NoticeView notice = aNotice(NoticeAudience.JOB_APPLICANTS);
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> notices.add(new NoticeForm(NoticeAudience.STAFF, unique("By HR")))));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> notices.newDraft(notice.id())));
        NoticeVersionView saved = written(notice.id(), complete("<p>Applicants</p>"));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> notices.approve(saved.id(), saved.version())));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> notices.save(saved.id(), saved.version(), complete("<p>By HR</p>"))));
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.STAFF, () -> notices.versionInFull(saved.id())));
        assertEquals("<p>Applicants</p>", Callers.as(Role.HR, () -> notices.versionInFull(saved.id())).text());
        NoticeVersionView approved = Callers.as(Role.DPM, () -> notices.approve(saved.id(), saved.version()));
        assertEquals(Callers.principal(Role.DPM), approved.approvedBy());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR,
                () -> notices.issue(approved.id(), approved.version())));
        NoticeVersionView issued = Callers.as(Role.DPM, () -> notices.issue(approved.id(), approved.version()));
        assertEquals(Callers.principal(Role.DPM), issued.issuedBy());

        String dpm = Callers.principal(Role.DPM);
        assertEquals(List.of(dpm + " CREATE SUCCESS"), Sql.column(database, "select actor || ' ' || action || ' '"
                + " || outcome from sec_audit_entry where record_type = 'Notice' and record_id = ? order by position",
                Long.toString(notice.id())));
        assertEquals(List.of(dpm + " CREATE SUCCESS", dpm + " UPDATE SUCCESS", dpm + " UPDATE SUCCESS",
                dpm + " UPDATE SUCCESS"), Sql.column(database, "select actor || ' ' || action || ' ' || outcome"
                + " from sec_audit_entry where record_type = 'NoticeVersion' and record_id = ? and actor = ?"
                + " order by position", Long.toString(saved.id()), dpm));
    }
}
