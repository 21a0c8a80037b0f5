package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.staff.AbsenceHealthRecord;
import org.custos.domain.staff.Engagement;
import org.custos.domain.staff.SicknessAbsence;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.DocumentDownload;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.SensitiveData;
import org.custos.security.api.SensitiveRecordForm;
import org.custos.security.api.SensitiveRecordView;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.AbsenceForm;
import org.custos.staff.api.AbsenceHealthForm;
import org.custos.staff.api.AbsenceHealthView;
import org.custos.staff.api.AbsenceView;
import org.custos.staff.api.Absences;

/**
 * The periods of sickness absence are staff's own rows; their health details go through the security context's
 * approval gate ({@link SensitiveData}), which refuses and audits without the DPM's approval and encrypts what it
 * keeps. They are recorded as kept by staff: a person's erasure in the security context leaves them, and staff
 * erases them with the absence ({@link AbsenceRecords#deleteAll}). Staff forms no approval groups: an approval names
 * the person.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultAbsences implements Absences {

    /** The context name the health details are kept under among the sensitive records. */
    static final String CONTEXT = StaffDataHolder.CONTEXT;

    private static final String RECORD = "SicknessAbsence";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffRecords records;

    @Inject
    AbsenceRecords absences;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    SensitiveData sensitiveData;

    @Override
    @Audited(value = AuditAction.SEARCH, record = "StaffFile")
    public List<AbsenceView> onFile(long staffFileId) {
        StaffFile file = records.file(staffFileId);
        return absences.of(file.id()).stream().map(absence -> view(absence, file)).toList();
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public AbsenceView record(AbsenceForm form) {
        StaffFile file = records.file(form.staffFileId());
        records.unrestricted(file.subjectId());
        refuseIfAny(periodRefusal(file, form, absences.of(file.id())));
        SicknessAbsence absence = new SicknessAbsence(file.id(), form.firstDay(), form.lastDay(),
                form.fitNoteGiven(), session.getCallerPrincipal().getName(), calendar.now());
        em.persist(absence);
        em.flush();
        return view(absence, file);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public AbsenceView change(long absenceId, long version, AbsenceForm form) {
        SicknessAbsence absence = absences.absence(absenceId);
        ConcurrentChange.check(absence.version(), version, "This absence");
        if (form.staffFileId() != absence.staffFileId()) {
            throw new RequestRefused("This absence is on another staff file.");
        }
        StaffFile file = records.file(absence.staffFileId());
        records.unrestricted(file.subjectId());
        refuseIfAny(periodRefusal(file, form,
                absences.of(file.id()).stream().filter(other -> !other.id().equals(absence.id())).toList()));
        absence.change(form.firstDay(), form.lastDay(), form.fitNoteGiven());
        em.flush();
        return view(absence, file);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public AbsenceView recordHealth(long absenceId, AbsenceHealthForm form) {
        SicknessAbsence absence = absences.absence(absenceId);
        StaffFile file = records.file(absence.staffFileId());
        records.unrestricted(file.subjectId());
        refuseIfAny(AbsenceRules.healthRefusal(form.kind(), form.reason(), form.document()));
        SensitiveRecordView recorded = sensitiveData.record(file.subjectId(), new SensitiveRecordForm(CONTEXT,
                Set.of(), SpecialCategory.HEALTH, form.purposeId(),
                AbsenceRules.content(form.kind(), form.reason(), form.text()), form.document(), true));
        em.persist(new AbsenceHealthRecord(absence.id(), form.kind(), recorded.id(), calendar.now()));
        em.flush();
        return view(absence, file);
    }

    @Override
    @Audited(record = "AbsenceHealthRecord")
    public List<AbsenceHealthView> health(long absenceId) {
        SicknessAbsence absence = absences.absence(absenceId);
        long subjectId = records.file(absence.staffFileId()).subjectId();
        Map<Long, SensitiveRecordView> readable = sensitiveData.read(subjectId, SpecialCategory.HEALTH, Set.of())
                .records().stream().collect(Collectors.toMap(SensitiveRecordView::id, Function.identity()));
        return absences.health(absence.id()).stream().filter(link -> readable.containsKey(link.sensitiveRecordId()))
                .map(link -> {
                    SensitiveRecordView record = readable.get(link.sensitiveRecordId());
                    return new AbsenceHealthView(link.id(), absence.id(), subjectId, link.kind(), record.content(),
                            record.document(), record.recordedBy(), record.recordedAt());
                }).toList();
    }

    @Override
    @Audited(record = "AbsenceHealthRecord")
    public DocumentDownload document(long absenceId, long healthId) {
        SicknessAbsence absence = absences.absence(absenceId);
        AbsenceHealthRecord link = em.find(AbsenceHealthRecord.class, healthId);
        if (link == null || link.absenceId() != absence.id()) {
            throw new AccessRefused("There is no such document.");
        }
        return sensitiveData.document(records.file(absence.staffFileId()).subjectId(), link.sensitiveRecordId(),
                Set.of());
    }

    private Optional<String> periodRefusal(StaffFile file, AbsenceForm form, List<SicknessAbsence> others) {
        Engagement engagement = records.engagement(file.id());
        return AbsenceRules.periodRefusal(form.firstDay(), form.lastDay(), calendar.today(),
                engagement.startDate(), engagement.leavingDate(), others);
    }

    private AbsenceView view(SicknessAbsence absence, StaffFile file) {
        return new AbsenceView(absence.id(), absence.version(), file.id(), file.subjectId(), absence.firstDay(),
                absence.lastDay(), AbsenceRules.daysLost(absence.firstDay(), absence.lastDay(), calendar.today()),
                absence.fitNoteGiven(), absences.health(absence.id()).size(), absence.recordedBy());
    }

    private static void refuseIfAny(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new RequestRefused(reason);
        });
    }
}
