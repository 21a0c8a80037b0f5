package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.staff.AbsenceHealthRecord;
import org.custos.domain.staff.SicknessAbsence;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.KeptSensitiveRecords;

/**
 * The sickness absences of staff files: loading them and their links to health details, and their part of the
 * staff holder's work: the export (the periods and which health details they have; the details themselves, with
 * their documents by name and hash, are in the sensitive records' section), and erasure and review at their own
 * R3 clock ({@link StaffRetention#SICKNESS_ABSENCE}), which takes the health details with the absences: staff keeps
 * them, so a person's erasure in the security context leaves them until then.
 */
@Dependent
class AbsenceRecords {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    KeptSensitiveRecords keptSensitiveRecords;

    SicknessAbsence absence(long absenceId) {
        SicknessAbsence absence = em.find(SicknessAbsence.class, absenceId);
        if (absence == null) {
            throw new AccessRefused("There is no such absence.");
        }
        return absence;
    }

    /** The file's absences, latest first. */
    List<SicknessAbsence> of(long staffFileId) {
        return em.createQuery("select a from SicknessAbsence a where a.staffFileId = :file"
                + " order by a.firstDay desc, a.id desc", SicknessAbsence.class).setParameter("file", staffFileId)
                .getResultList();
    }

    List<AbsenceHealthRecord> health(long absenceId) {
        return em.createQuery("select h from AbsenceHealthRecord h where h.absenceId = :absence order by h.id",
                AbsenceHealthRecord.class).setParameter("absence", absenceId).getResultList();
    }

    List<DataItem> exported(long staffFileId, LocalDate today) {
        List<DataItem> items = new ArrayList<>();
        for (SicknessAbsence absence : of(staffFileId)) {
            String about = "Your sickness absence from " + OrganisationTime.DAY.format(absence.firstDay());
            items.add(new Fields().about(about).add("First day", absence.firstDay())
                    .add("Last day", absence.lastDay())
                    .add("Days lost", AbsenceRules.daysLost(absence.firstDay(), absence.lastDay(), today))
                    .add("Fit note given", absence.fitNoteGiven() ? "Yes" : "No")
                    .item("SicknessAbsence", Long.toString(absence.id())));
            for (AbsenceHealthRecord health : health(absence.id())) {
                items.add(new Fields().about(about).add("Health detail", health.kind().label())
                        .add("Recorded on", health.recordedAt().toLocalDate())
                        .add("Held as", "sensitive record " + health.sensitiveRecordId()
                                + " (see the sensitive records)")
                        .item("AbsenceHealthRecord", Long.toString(health.id())));
            }
        }
        return items;
    }

    /**
     * R3: deletes the file's absences once their period after the leaving date has passed; otherwise says until
     * when they are kept. Called for a file that is itself kept (a deleted file takes them with it).
     */
    int eraseDue(StaffFile file, LocalDate today, List<String> kept) {
        if (of(file.id()).isEmpty()) {
            return 0;
        }
        Optional<LocalDate> reviewOn = reviewOn(file);
        if (reviewOn.isPresent() && !reviewOn.get().isAfter(today)) {
            return deleteAll(file);
        }
        kept.add("Sickness absences of staff file " + file.id() + ": " + reviewOn.map(on -> "kept until "
                + OrganisationTime.DAY.format(on) + ".").orElse("kept for the employment and then for "
                + calendar.retentionPeriod(StaffRetention.SICKNESS_ABSENCE).getYears() + " years after leaving."));
        return 0;
    }

    /** The absences (each one) of leavers whose period after leaving has passed by {@code asOf}. */
    List<RetentionItem> due(LocalDate asOf) {
        List<RetentionItem> due = new ArrayList<>();
        Period period = calendar.retentionPeriod(StaffRetention.SICKNESS_ABSENCE);
        // one statement whatever the number of absences: each absence with its file's person and the latest
        // engagement's leaving date (none yet: not due), in the order of the files and each file's own list
        for (Object[] row : em.createQuery("select a.id, f.subjectId, e.leavingDate from SicknessAbsence a,"
                + " StaffFile f, Engagement e where a.staffFileId = f.id and e.staffFileId = f.id and e.latest = true"
                + " and f.subjectId is not null order by f.id, a.firstDay desc, a.id desc", Object[].class)
                .getResultList()) {
            LocalDate left = (LocalDate) row[2];
            StaffRetention.reviewOn(left, period).filter(on -> !on.isAfter(asOf)).ifPresent(on -> due.add(
                    new RetentionItem(StaffDataHolder.CONTEXT, "SicknessAbsence", row[0].toString(), (Long) row[1],
                            on, StaffRetention.SICKNESS_ABSENCE.key(), StaffRetention.SICKNESS_ABSENCE.reason(left))));
        }
        return due;
    }

    /**
     * The file's absences, their links to health details and the health details themselves (the sensitive records
     * staff keeps, erased per record through the security context's port); returns how many rows went.
     */
    int deleteAll(StaffFile file) {
        Set<Long> healthDetails = Set.copyOf(em.createQuery("select h.sensitiveRecordId from AbsenceHealthRecord h,"
                + " SicknessAbsence a where h.absenceId = a.id and a.staffFileId = :file", Long.class)
                .setParameter("file", file.id()).getResultList());
        int rows = em.createQuery("delete from AbsenceHealthRecord h where h.absenceId in"
                + " (select a.id from SicknessAbsence a where a.staffFileId = :file)")
                .setParameter("file", file.id()).executeUpdate();
        rows += em.createQuery("delete from SicknessAbsence a where a.staffFileId = :file")
                .setParameter("file", file.id()).executeUpdate();
        return rows + keptSensitiveRecords.eraseWithContextRecords(file.subjectId(), healthDetails);
    }

    private Optional<LocalDate> reviewOn(StaffFile file) {
        return StaffRetention.reviewOn(records.engagement(file.id()).leavingDate(),
                calendar.retentionPeriod(StaffRetention.SICKNESS_ABSENCE));
    }
}
