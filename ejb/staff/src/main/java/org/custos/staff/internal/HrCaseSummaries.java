package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.staff.HrCase;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.spi.ErasureOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.security.api.KeptSensitiveRecords;

/**
 * R3 for HR cases: at the warning's expiry the notes, meetings and documents go, and the health or criminal-records
 * details with them (the sensitive records staff keeps, erased per record through the security context's port), and
 * the case row stays as the summary (kind, dates, outcome, level). Used by the facade (HR reduces a due case) and by
 * the staff holder (the cases due, erasure); the whole case goes with its staff file.
 */
@Dependent
class HrCaseSummaries {

    /** EclipseLink's hints that read the handlers of every case listed in one more statement, not one each. */
    static final String HANDLERS_BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";

    /** The details of a case, each a table of rows hanging on it. */
    private static final List<String> DETAILS = List.of("HrCaseNote", "HrCaseMeeting", "HrCaseDocument");

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    @Inject
    KeptSensitiveRecords keptSensitiveRecords;

    /** Deletes the case's details and marks it reduced; the rows deleted. */
    int reduce(HrCase hrCase, LocalDate on) {
        int rows = sensitiveErased(records.file(hrCase.staffFileId()).subjectId(), "= :cases", hrCase.id());
        for (String detail : DETAILS) {
            rows += em.createQuery("delete from " + detail + " d where d.caseId = :hrCase")
                    .setParameter("hrCase", hrCase.id()).executeUpdate();
        }
        hrCase.summarised(on);
        em.flush();
        return rows;
    }

    /**
     * R3, R6: a reviewer's decision to keep only the summary of the due case an item names: its details go, the case
     * row stays as the summary. A case no longer the person's, already summarised or whose warning has not expired is
     * kept with the reason.
     */
    ErasureOutcome summariseDue(RetentionItem item, LocalDate today) {
        HrCase hrCase = parsed(item.recordId()).map(id -> em.find(HrCase.class, id)).orElse(null);
        if (hrCase == null || !Long.valueOf(item.subjectId()).equals(records.file(hrCase.staffFileId()).subjectId())) {
            return new ErasureOutcome(StaffDataHolder.CONTEXT, 0, List.of("HR case " + item.recordId()
                    + ": nothing of this person's is held there any more."));
        }
        if (hrCase.summarisedOn() != null) {
            return new ErasureOutcome(StaffDataHolder.CONTEXT, 0, List.of("HR case " + hrCase.id()
                    + ": only its summary was kept already."));
        }
        if (!WarningExpiry.expired(hrCase.warningExpiresOn(), today)) {
            return new ErasureOutcome(StaffDataHolder.CONTEXT, 0, keptUntilExpiry(hrCase.staffFileId(), today)
                    .stream().filter(kept -> kept.startsWith("HR case " + hrCase.id() + ":")).toList());
        }
        int rows = reduce(hrCase, today);
        return new ErasureOutcome(StaffDataHolder.CONTEXT, rows, List.of("HR case " + hrCase.id()
                + ": its summary is kept (kind, dates, outcome and warning level), without its details (R3)."));
    }

    private static Optional<Long> parsed(String recordId) {
        try {
            return Optional.of(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reduces the file's cases whose warning has expired by {@code today}; the rows deleted. */
    int reduceExpired(long staffFileId, LocalDate today) {
        int rows = 0;
        for (HrCase hrCase : held(staffFileId)) {
            if (WarningExpiry.expired(hrCase.warningExpiresOn(), today)) {
                rows += reduce(hrCase, today);
            }
        }
        return rows;
    }

    /** What erasure keeps of the file's cases until their warning expires, in words. */
    List<String> keptUntilExpiry(long staffFileId, LocalDate today) {
        return held(staffFileId).stream()
                .filter(hrCase -> hrCase.warningExpiresOn() != null
                        && !WarningExpiry.expired(hrCase.warningExpiresOn(), today))
                .map(hrCase -> "HR case " + hrCase.id() + ": its details are kept until its warning expires on "
                        + OrganisationTime.DAY.format(hrCase.warningExpiresOn()) + ", then only its summary.")
                .toList();
    }

    /** R6: those cases as the retention schedule lists them. */
    List<RetentionItem> due(LocalDate asOf) {
        return em.createQuery("select c, f.subjectId from HrCase c, StaffFile f where f.id = c.staffFileId"
                + " and c.warningExpiresOn <= :asOf and c.summarisedOn is null and f.subjectId is not null"
                + " order by c.warningExpiresOn, c.id", Object[].class).setParameter("asOf", asOf)
                .getResultStream().map(row -> {
                    HrCase hrCase = (HrCase) row[0];
                    return new RetentionItem(StaffDataHolder.CONTEXT, "HrCase", Long.toString(hrCase.id()),
                            (Long) row[1], hrCase.warningExpiresOn(),
                            StaffRetention.warning(hrCase.warningLevel()).key(), "The warning expired on "
                                    + OrganisationTime.DAY.format(hrCase.warningExpiresOn()) + ".");
                }).toList();
    }

    /** The file's cases with all their details, as the file itself goes; the rows deleted. */
    int deleteAll(StaffFile file) {
        int rows = sensitiveErased(file.subjectId(), "in (select c.id from HrCase c where c.staffFileId = :cases)",
                file.id());
        for (String detail : DETAILS) {
            rows += em.createQuery("delete from " + detail + " d where d.caseId in (select c.id from HrCase c"
                    + " where c.staffFileId = :file)").setParameter("file", file.id()).executeUpdate();
        }
        return rows + em.createQuery("delete from HrCase c where c.staffFileId = :file")
                .setParameter("file", file.id()).executeUpdate();
    }

    /**
     * The links of these cases ({@code caseIds}, a condition on a case's id with the parameter {@code :cases}) to
     * their health or criminal-records details, and the sensitive records themselves; the rows deleted.
     */
    private int sensitiveErased(Long subjectId, String caseIds, long cases) {
        Set<Long> kept = Set.copyOf(em.createQuery("select d.sensitiveRecordId from HrCaseSensitiveRecord d"
                + " where d.caseId " + caseIds, Long.class).setParameter("cases", cases).getResultList());
        if (kept.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from HrCaseSensitiveRecord d where d.caseId " + caseIds)
                .setParameter("cases", cases).executeUpdate()
                + keptSensitiveRecords.eraseWithContextRecords(subjectId, kept);
    }

    /** The file's cases, oldest first. */
    List<HrCase> cases(long staffFileId) {
        return em.createQuery("select c from HrCase c where c.staffFileId = :file order by c.openedOn, c.id",
                HrCase.class).setParameter("file", staffFileId).setHint(HANDLERS_BATCH, "c.handlers")
                .setHint(BATCH_TYPE, "IN").getResultList();
    }

    private List<HrCase> held(long staffFileId) {
        return cases(staffFileId).stream().filter(hrCase -> hrCase.summarisedOn() == null).toList();
    }
}
