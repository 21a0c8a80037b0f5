package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.staff.StaffAccount;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.HolderRegistry;
import org.custos.security.api.AccessRefused;
import org.custos.staff.api.OwnRecordView;

/**
 * A member of staff's own record (A1): the person their account is linked to, their files, and their details as the
 * register's and the staff file's holders list them for rectification (D5), so that what they see and may report is
 * what a rectification request may name; the groups of those details due for them to confirm (A1).
 */
@Dependent
class OwnRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    HolderRegistry holders;

    @Inject
    StaffFileViews views;

    @Inject
    ChangeReportViews reports;

    @Inject
    AccuracyConfirmations confirmations;

    /** The person the account is linked to; null for no one. */
    Long linkedSubject(String username) {
        return em.createQuery("select a from StaffAccount a where a.username = :name", StaffAccount.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT)).getResultStream()
                .map(StaffAccount::subjectId).findFirst().orElse(null);
    }

    /** The account's own staff file if it may see it. */
    StaffFile own(StaffFile file, String username) {
        OwnFileAccess.refusal(linkedSubject(username), file.subjectId()).ifPresent(reason -> {
            throw new AccessRefused(reason);
        });
        return file;
    }

    /** The latest staff file of the person the account is linked to. */
    StaffFile latest(String username) {
        Long subject = linkedSubject(username);
        if (subject == null) {
            throw new AccessRefused(OwnFileAccess.NOT_LINKED);
        }
        return em.createQuery("select f from StaffFile f where f.subjectId = :subject order by f.id desc",
                StaffFile.class).setParameter("subject", subject).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new AccessRefused(OwnFileAccess.NOT_LINKED));
    }

    /** The person's fields that the register's and the staff file's holders list as correctable. */
    List<CorrectableField> fields(long subjectId) {
        return OwnDetails.CONTEXTS.stream().flatMap(context -> holders.of(context.key()).correctable(subjectId)
                .stream()).toList();
    }

    OwnRecordView view(StaffFile file) {
        List<CorrectableField> fields = fields(file.subjectId());
        return new OwnRecordView(views.view(file), OwnDetails.shown(fields), reports.of(file.subjectId()),
                confirmations.due(file, groups(fields)));
    }

    /** The groups of the person's details that accuracy reviews ask about (A1). */
    static List<AccuracyGroup> groups(List<CorrectableField> fields) {
        return fields.stream().flatMap(field -> ReviewIntervals.groupOf(field.context(), field.recordType())
                .stream()).distinct().sorted().toList();
    }
}
