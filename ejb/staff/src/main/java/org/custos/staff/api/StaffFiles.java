package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.Page;
import org.custos.recruitment.api.EmergencyContactForm;
import org.custos.security.api.RecordId;
import org.custos.security.api.SubjectId;

/**
 * Staff files (T1, R2), HR and the DPM: opened at hire from recruitment, or by HR directly for people not recruited
 * through Custos (S1: HR finds or registers the person in the register first); the hires whose file did not open.
 */
@Local
public interface StaffFiles {

    StaffFileView file(@RecordId long staffFileId);

    /**
     * HR opens a staff file for a person in the register, who gains the staff category.
     *
     * @throws org.custos.security.api.RequestRefused when the person already has a staff file
     */
    StaffFileView open(@NotNull @Valid OpenStaffFileForm form);

    /** A page of the staff list, by name (T1). */
    Page<StaffSummary> search(@NotNull @Valid StaffQuery query);

    /** A person's staff files, the latest first, for their page in the register. */
    List<StaffSummary> filesOf(@SubjectId long subjectId);

    /**
     * HR changes the engagement: saved as a new dated row, the previous kept as history. A leaving date makes the
     * person a former member of staff (S2).
     *
     * @throws org.custos.security.api.ConcurrentChange when the file changed since {@code version} was read
     */
    StaffFileView changeEngagement(@RecordId long staffFileId, long version, @NotNull @Valid EngagementForm form);

    /**
     * HR adds an emergency contact, a person in the register who gains the emergency-contact category.
     *
     * @throws org.custos.security.api.RequestRefused for the member of staff themselves or a contact already there
     */
    StaffFileView addEmergencyContact(@RecordId long staffFileId, @NotNull @Valid EmergencyContactForm form);

    /**
     * HR removes an emergency contact from the file; the person stays in the register.
     *
     * @throws org.custos.security.api.RequestRefused when they are not a contact in this file
     */
    StaffFileView removeEmergencyContact(@RecordId long staffFileId, long contactSubjectId);

    /** The bank details in full (X3), HR only; each read is audited. */
    BankDetailsView bankDetails(@RecordId long staffFileId);

    /** Hires whose staff file has not opened, with the reason when opening failed (R2: none is lost). */
    List<PendingHireView> pendingHires();

    /**
     * HR opens the staff file of a hire whose opening failed.
     *
     * @throws org.custos.security.api.RequestRefused with the reason when it fails again
     */
    StaffFileView retry(@RecordId long applicationId);
}
