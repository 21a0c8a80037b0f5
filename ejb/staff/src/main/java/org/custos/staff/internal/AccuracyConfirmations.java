package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.staff.AccuracyConfirmation;
import org.custos.domain.staff.ChangeReport;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.staff.api.OwnRecordView.ReviewPrompt;

/**
 * A1: when each group of a staff file was last confirmed, the confirmations themselves (by the member of staff, or by
 * HR applying a change they reported), and the groups a member of staff is asked to check today.
 */
@Dependent
class AccuracyConfirmations {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    /**
     * The day each group of the file was last confirmed (a group never confirmed is absent), read with the day the
     * file opened from the tables in one statement.
     */
    Map<AccuracyGroup, LocalDate> lastConfirmed(long staffFileId) {
        return reviewDates(staffFileId).confirmed();
    }

    private ReviewDates reviewDates(long staffFileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(f.opened_at as date), c.record_group, c.confirmed_on"
                + " from stf_staff_file f left join stf_accuracy_confirmation c on c.staff_file_id = f.id"
                + " where f.id = ?").setParameter(1, staffFileId).getResultList();
        Map<AccuracyGroup, LocalDate> confirmed = new EnumMap<>(AccuracyGroup.class);
        rows.stream().filter(row -> row[1] != null).forEach(row -> confirmed.put(AccuracyGroup.valueOf(
                (String) row[1]), date(row[2])));
        return new ReviewDates(date(rows.get(0)[0]), confirmed);
    }

    /** The day a file opened and the day each of its groups was last confirmed. */
    private record ReviewDates(LocalDate opened, Map<AccuracyGroup, LocalDate> confirmed) {
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    /** Records that the group of the file was confirmed today. */
    void confirm(long staffFileId, AccuracyGroup group, String by) {
        AccuracyConfirmation confirmation = em.createQuery("select c from AccuracyConfirmation c"
                + " where c.staffFileId = :file and c.group = :group", AccuracyConfirmation.class)
                .setParameter("file", staffFileId).setParameter("group", group).getResultStream().findFirst()
                .orElseGet(() -> {
                    AccuracyConfirmation created = new AccuracyConfirmation(staffFileId, group);
                    em.persist(created);
                    return created;
                });
        confirmation.confirmed(calendar.today(), by);
        em.flush();
    }

    /**
     * A change the member of staff reported, once applied, confirms the group of the detail on their latest file:
     * they have just checked it.
     */
    void confirmedByChange(ChangeReport report, String by) {
        ReviewIntervals.groupOf(report.context(), report.recordType()).ifPresent(group -> em.createQuery(
                "select max(f.id) from StaffFile f where f.subjectId = :subject", Long.class)
                .setParameter("subject", report.subjectId()).getResultStream().filter(file -> file != null)
                .findFirst().ifPresent(file -> confirm(file, group, by)));
    }

    /** The groups among {@code held} due today for the member of staff to check, in the order of the groups. */
    List<ReviewPrompt> due(StaffFile file, Collection<AccuracyGroup> held) {
        ReviewDates dates = reviewDates(file.id());
        LocalDate opened = dates.opened();
        LocalDate today = calendar.today();
        Map<AccuracyGroup, LocalDate> confirmed = dates.confirmed();
        return held.stream().sorted().distinct().filter(group -> AccuracyDue.isDue(opened, confirmed.get(group),
                calendar.reviewInterval(ReviewIntervals.of(group)), today))
                .map(group -> new ReviewPrompt(group, AccuracyDue.prompt(group, opened, confirmed.get(group))))
                .toList();
    }
}
