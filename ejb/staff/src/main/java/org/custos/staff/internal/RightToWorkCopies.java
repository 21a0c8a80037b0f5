package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.StaffDocumentKind;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.calendar.api.PeriodText;
import org.custos.protection.spi.RetentionItem;

/**
 * The right-to-work copies' own retention (R3): kept for the employment and then for their period after it ends
 * (2 years by default, {@link StaffRetention#RIGHT_TO_WORK_COPIES}), shorter than the file's, so they go before the
 * file does. The check itself (its dates and who made it) stays with the file.
 */
@Dependent
class RightToWorkCopies {

    private static final String RECORD = "RightToWorkCopies";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    @Inject
    ComplianceCalendar calendar;

    /**
     * Erases the file's copies when their date has come, or says until when they are kept.
     *
     * @return the copies erased
     */
    int erase(StaffFile file, LocalDate today, List<String> kept) {
        if (count(file.id()) == 0) {
            return 0;
        }
        Period period = calendar.retentionPeriod(StaffRetention.RIGHT_TO_WORK_COPIES);
        Optional<LocalDate> reviewOn = StaffRetention.reviewOn(records.engagement(file.id()).leavingDate(), period);
        String copies = "Right-to-work copies of staff file " + file.id() + ": kept ";
        if (reviewOn.isEmpty()) {
            kept.add(copies + "for the employment and then for " + PeriodText.of(period) + " after it ends, as "
                    + "the Home Office asks of employers.");
            return 0;
        }
        if (reviewOn.get().isAfter(today)) {
            kept.add(copies + "until " + OrganisationTime.DAY.format(reviewOn.get()) + ", " + PeriodText.of(period)
                    + " after the employment ended, as the Home Office asks of employers.");
            return 0;
        }
        return em.createQuery("delete from StaffDocument d where d.staffFileId = :file and d.kind = :kind")
                .setParameter("file", file.id()).setParameter("kind", StaffDocumentKind.RIGHT_TO_WORK)
                .executeUpdate();
    }

    /** The leavers' files whose copies have reached their date by {@code asOf}. */
    List<RetentionItem> due(LocalDate asOf) {
        Period period = calendar.retentionPeriod(StaffRetention.RIGHT_TO_WORK_COPIES);
        return em.createQuery("select f.id, f.subjectId, e.leavingDate from StaffFile f, Engagement e"
                + " where e.staffFileId = f.id and e.leavingDate is not null and f.subjectId is not null"
                + " and e.latest = true"
                + " and exists (select d.id from StaffDocument d where d.staffFileId = f.id and d.kind = :kind)"
                + " order by f.id", Object[].class).setParameter("kind", StaffDocumentKind.RIGHT_TO_WORK)
                .getResultStream()
                .map(row -> new RetentionItem(StaffDataHolder.CONTEXT, RECORD, row[0].toString(), (Long) row[1],
                        StaffRetention.reviewOn((LocalDate) row[2], period).orElseThrow(),
                        StaffRetention.RIGHT_TO_WORK_COPIES.key(),
                        StaffRetention.RIGHT_TO_WORK_COPIES.reason((LocalDate) row[2])))
                .filter(item -> !item.dueOn().isAfter(asOf))
                .toList();
    }

    private long count(long staffFileId) {
        return em.createQuery("select count(d) from StaffDocument d where d.staffFileId = :file and d.kind = :kind",
                Long.class).setParameter("file", staffFileId).setParameter("kind", StaffDocumentKind.RIGHT_TO_WORK)
                .getSingleResult();
    }
}
