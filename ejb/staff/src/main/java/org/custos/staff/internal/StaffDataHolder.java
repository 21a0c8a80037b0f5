package org.custos.staff.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.DataContext;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.PendingHire;
import org.custos.domain.staff.StaffBankDetails;
import org.custos.domain.staff.StaffEmergencyContact;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.spi.AccuracyReview;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Disposal;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import java.util.Set;
import org.custos.domain.shared.SpecialCategory;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;
import org.custos.recruitment.api.HiredApplications;

/**
 * Staff's part of the personal-data SPI: a person's staff files with their engagement history, bank details and
 * emergency contacts, checks and documents (a section per record group), their HR cases (documents by name and
 * hash), their hires waiting for a file, and where they were named as someone's emergency contact; erasure that
 * keeps a file for the employment and its R3 period after leaving (saying until when) and deletes it afterwards with
 * the hired application (recruitment's, through its port), erases right-to-work copies on their own, shorter clock,
 * reduces an HR case to its summary at its warning's expiry (its health or criminal-records details, sensitive
 * records staff keeps, go with its other details), erases sickness absences at their own R3 clock with
 * their health details (sensitive records staff keeps, exported with the sensitive records, erased per record),
 * removes a hire waiting for its file with its application, and a member of staff's account link and the changes
 * they reported once no file of theirs is left; the records due for review, per rule (R3).
 */
@ApplicationScoped
public class StaffDataHolder implements PersonalDataHolder {

    static final String CONTEXT = DataContext.STAFF.key();

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    StaffRecords records;

    @Inject
    StaffCorrections corrections;

    @Inject
    ComplianceCalendar calendar;

    @Inject
    HrCaseSummaries caseSummaries;

    @Inject
    HrCaseExport caseExport;

    @Inject
    StaffCheckExport checks;

    @Inject
    RightToWorkCopies rightToWorkCopies;

    @Inject
    HiredApplications hiredApplications;

    @Inject
    AbsenceRecords absences;

    @Inject
    SelfServiceRecords selfService;

    @Inject
    AccuracyConfirmations confirmations;

    @Override
    public DataContext context() {
        return DataContext.STAFF;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return StaffRetention.RULES;
    }

    /**
     * Members of staff with a file, and their emergency contacts; absences and HR cases may hold health or
     * criminal-records details (L4).
     */
    @Override
    public HeldData heldData() {
        return new HeldData(List.of("Employment details (role, type, dates)", "Bank details", "Emergency contacts",
                "Conflict-of-interest declarations", "Security clearances", "Right-to-work checks",
                "Sickness absences", "HR cases (disciplinary, grievance, capability)"),
                Set.of(SpecialCategory.HEALTH, SpecialCategory.CRIMINAL_RECORDS),
                "select subject_id from stf_staff_file where subject_id is not null"
                        + " union select subject_id from stf_emergency_contact");
    }

    @Override
    public List<AccuracyReview> accuracyReviews() {
        return ReviewIntervals.ALL;
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        List<DataItem> items = new ArrayList<>();
        for (StaffFile file : filesOf(subjectId)) {
            String id = Long.toString(file.id());
            items.add(new Fields().about("Your staff file").add("Opened on", file.openedAt().toLocalDate())
                    .add("Hired through application", file.hiredApplicationId()).item("StaffFile", id));
            for (Engagement engagement : history(file.id())) {
                items.add(new Fields().about("Your engagement as recorded on "
                                + OrganisationTime.DAY.format(engagement.recordedAt().toLocalDate()))
                        .add("Type", engagement.type().label()).add("Job title", engagement.jobTitle())
                        .add("Department", engagement.department())
                        .add("Line manager", engagement.lineManagerFileId() == null ? null
                                : records.name(records.file(engagement.lineManagerFileId()).subjectId()))
                        .add("Place of work", engagement.placeOfWork())
                        .add("Contract type", engagement.contractType())
                        .add("Weekly hours", engagement.weeklyHours()).add("Start date", engagement.startDate())
                        .add("Probation ends", engagement.probationEnd())
                        .add("Leaving date", engagement.leavingDate())
                        .add("Reason for leaving", engagement.leavingReason())
                        .item("Engagement", Long.toString(engagement.id())));
            }
            StaffBankDetails bank = em.find(StaffBankDetails.class, file.id());
            if (bank != null) {
                items.add(new Fields().about("Your bank details").add("Account holder", bank.accountHolder())
                        .add("Sort code", bank.sortCode()).add("Account number", bank.accountNumber())
                        .item("BankDetails", id));
            }
            for (StaffEmergencyContact contact : contactsOf(file.id())) {
                items.add(new Fields().about("Your emergency contact").add("Contact", records.name(contact.subjectId()))
                        .add("Relationship", contact.relationship())
                        .item("EmergencyContact", Long.toString(contact.id())));
            }
            confirmations.lastConfirmed(file.id()).forEach((group, on) -> items.add(new Fields()
                    .about("Your " + group.label() + ", confirmed as still right").add("Last confirmed", on)
                    .item("AccuracyConfirmation", id)));
            items.addAll(caseExport.items(file.id()));
            items.addAll(absences.exported(file.id(), calendar.today()));
            items.addAll(checks.items(file.id()));
        }
        for (PendingHire hire : pendingHiresOf(subjectId)) {
            items.add(new Fields().about("Your hire, waiting for its staff file").add("Job title", hire.jobTitle())
                    .add("Starts on", hire.startsOn()).add("Hired on", hire.hiredAt().toLocalDate())
                    .item("PendingHire", Long.toString(hire.applicationId())));
        }
        items.addAll(selfService.exported(subjectId));
        for (StaffEmergencyContact contact : em.createQuery("select c from StaffEmergencyContact c"
                + " where c.subjectId = :subject order by c.id", StaffEmergencyContact.class)
                .setParameter("subject", subjectId).getResultList()) {
            items.add(new Fields().about("You were named as a member of staff's emergency contact")
                    .add("Relationship", contact.relationship())
                    .item("EmergencyContact", Long.toString(contact.id())));
        }
        return new SubjectDataSection(CONTEXT, items);
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        int erased = 0;
        List<String> kept = new ArrayList<>();
        LocalDate today = calendar.today();
        for (StaffFile file : filesOf(subjectId)) {
            erased += rightToWorkCopies.erase(file, today, kept);
            Optional<LocalDate> reviewOn = reviewOn(file);
            erased += caseSummaries.reduceExpired(file.id(), today);
            if (reviewOn.isEmpty()) {
                kept.addAll(caseSummaries.keptUntilExpiry(file.id(), today));
                erased += absences.eraseDue(file, today, kept);
                kept.add("Staff file " + file.id() + ": the engagement continues; a staff file is kept for the "
                        + "employment and then for " + period() + " after leaving.");
            } else if (reviewOn.get().isAfter(today)) {
                kept.addAll(caseSummaries.keptUntilExpiry(file.id(), today));
                erased += absences.eraseDue(file, today, kept);
                kept.add("Staff file " + file.id() + ": kept until " + OrganisationTime.DAY.format(reviewOn.get())
                        + ", " + period() + " after the leaving date, as the law on employment records asks.");
            } else {
                erased += deleted(file);
            }
        }
        for (PendingHire hire : pendingHiresOf(subjectId)) {
            em.remove(hire);
            erased += 1 + hiredApplications.eraseWithStaffFile(hire.applicationId());
        }
        erased += em.createQuery("delete from StaffEmergencyContact c where c.subjectId = :subject")
                .setParameter("subject", subjectId).executeUpdate();
        em.flush();
        erased += selfService.eraseWhenNoFileLeft(subjectId);
        return new ErasureOutcome(CONTEXT, erased, kept);
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return corrections.correctable(filesOf(subjectId));
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return this.corrections.rectify(filesOf(subjectId), corrections);
    }

    /** Restriction is the register's state (D6); the staff facades refuse changes while it stands. */
    @Override
    public void restrict(long subjectId, boolean restricted) {
        // nothing of its own to mark
    }

    /**
     * R3, R6: at the end of an HR case's warning the reviewer may keep only its summary; any other disposal is the
     * SPI's own.
     */
    @Override
    public ErasureOutcome dispose(RetentionItem item, Disposal disposal) {
        if (disposal == Disposal.SUMMARISE && "HrCase".equals(item.recordType())) {
            return caseSummaries.summariseDue(item, calendar.today());
        }
        return PersonalDataHolder.super.dispose(item, disposal);
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        List<RetentionItem> due = new ArrayList<>();
        Period period = calendar.retentionPeriod(StaffRetention.STAFF_FILE);
        // one statement whatever the number of leavers: each file with its latest engagement's leaving date
        for (Object[] row : em.createQuery("select f.id, f.subjectId, e.leavingDate from StaffFile f, Engagement e"
                + " where e.staffFileId = f.id and e.leavingDate is not null and e.latest = true"
                + " and f.subjectId is not null order by f.id", Object[].class)
                .getResultList()) {
            LocalDate left = (LocalDate) row[2];
            StaffRetention.reviewOn(left, period)
                    .filter(on -> !on.isAfter(asOf)).ifPresent(on -> due.add(new RetentionItem(CONTEXT, "StaffFile",
                            row[0].toString(), (Long) row[1], on, StaffRetention.STAFF_FILE.key(),
                            StaffRetention.STAFF_FILE.reason(left))));
        }
        due.addAll(caseSummaries.due(asOf));
        due.addAll(rightToWorkCopies.due(asOf));
        due.addAll(absences.due(asOf));
        return due;
    }

    private Optional<LocalDate> reviewOn(StaffFile file) {
        return StaffRetention.reviewOn(records.engagement(file.id()).leavingDate(),
                calendar.retentionPeriod(StaffRetention.STAFF_FILE));
    }

    private String period() {
        Period period = calendar.retentionPeriod(StaffRetention.STAFF_FILE);
        return period.getYears() + " years" + (period.getMonths() == 0 ? "" : " and " + period.getMonths()
                + " months");
    }

    /**
     * The file and all that hangs on it, and the application it was hired through (R2); other files' engagements no
     * longer name it as line manager.
     */
    private int deleted(StaffFile file) {
        em.createQuery("update Engagement e set e.lineManagerFileId = null where e.lineManagerFileId = :file")
                .setParameter("file", file.id()).executeUpdate();
        int rows = caseSummaries.deleteAll(file);
        rows += absences.deleteAll(file);
        for (String entity : List.of("StaffBankDetails", "StaffEmergencyContact", "Engagement", "StaffDocument",
                "RightToWorkCheck", "ConflictDeclaration", "SecurityClearance", "AccuracyConfirmation")) {
            rows += em.createQuery("delete from " + entity + " x where x.staffFileId = :file")
                    .setParameter("file", file.id()).executeUpdate();
        }
        em.remove(em.contains(file) ? file : em.merge(file));
        if (file.hiredApplicationId() != null) {
            em.flush();
            rows += hiredApplications.eraseWithStaffFile(file.hiredApplicationId());
        }
        return rows + 1;
    }

    private List<StaffFile> filesOf(long subjectId) {
        return em.createQuery("select f from StaffFile f where f.subjectId = :subject order by f.id",
                StaffFile.class).setParameter("subject", subjectId).getResultList();
    }

    private List<PendingHire> pendingHiresOf(long subjectId) {
        return em.createQuery("select p from PendingHire p where p.subjectId = :subject order by p.applicationId",
                PendingHire.class).setParameter("subject", subjectId).getResultList();
    }

    private List<Engagement> history(long staffFileId) {
        return em.createQuery("select e from Engagement e where e.staffFileId = :file order by e.id",
                Engagement.class).setParameter("file", staffFileId).getResultList();
    }

    private List<StaffEmergencyContact> contactsOf(long staffFileId) {
        return em.createQuery("select c from StaffEmergencyContact c where c.staffFileId = :file order by c.id",
                StaffEmergencyContact.class).setParameter("file", staffFileId).getResultList();
    }
}
