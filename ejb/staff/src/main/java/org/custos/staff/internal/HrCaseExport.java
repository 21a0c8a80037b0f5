package org.custos.staff.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.staff.HrCase;
import org.custos.domain.staff.HrCaseDocument;
import org.custos.domain.staff.HrCaseMeeting;
import org.custos.domain.staff.HrCaseNote;
import org.custos.domain.staff.HrCaseSensitiveRecord;
import org.custos.protection.spi.SubjectDataSection.DataItem;
import org.custos.protection.spi.SubjectDataSection.Fields;

/**
 * The HR cases of a staff file in the staff holder's export: each case (its summary and outcome), then its notes,
 * meetings and documents (by name and hash) while they are held, and which health or criminal-records details it
 * has (the details themselves are in the sensitive records' section, as the absences' are).
 */
@Dependent
class HrCaseExport {

    @Inject
    HrCaseSummaries summaries;

    @Inject
    HrCaseViews views;

    List<DataItem> items(long staffFileId) {
        List<DataItem> items = new ArrayList<>();
        for (HrCase hrCase : summaries.cases(staffFileId)) {
            String id = Long.toString(hrCase.id());
            String about = "Your " + hrCase.kind().label().toLowerCase(Locale.UK) + " case opened on "
                    + OrganisationTime.DAY.format(hrCase.openedOn());
            items.add(new Fields().about(about).add("Kind", hrCase.kind().label())
                    .add("Opened on", hrCase.openedOn()).add("Summary", hrCase.summary())
                    .add("Outcome", hrCase.outcome()).add("Decided on", hrCase.decidedOn())
                    .add("Warning", hrCase.warningLevel() == null ? null : hrCase.warningLevel().label())
                    .add("Warning expires on", hrCase.warningExpiresOn())
                    .add("Details removed on", hrCase.summarisedOn()).item("HrCase", id));
            for (HrCaseNote note : views.details(HrCaseNote.class, hrCase)) {
                items.add(new Fields().about(about).add("Case", id).add("Kind", note.kind().label())
                        .add("Note", note.note()).add("Recorded on", note.recordedAt().toLocalDate())
                        .item("HrCaseNote", Long.toString(note.id())));
            }
            for (HrCaseMeeting meeting : views.details(HrCaseMeeting.class, hrCase)) {
                items.add(new Fields().about(about).add("Case", id).add("Meeting held on", meeting.heldOn())
                        .add("Attended by", meeting.attendees()).add("Notes", meeting.notes())
                        .item("HrCaseMeeting", Long.toString(meeting.id())));
            }
            for (HrCaseDocument document : views.details(HrCaseDocument.class, hrCase)) {
                items.add(new Fields().about(about).add("Case", id).document(document.stored())
                        .item("HrCaseDocument", Long.toString(document.id())));
            }
            for (HrCaseSensitiveRecord detail : views.details(HrCaseSensitiveRecord.class, hrCase)) {
                items.add(new Fields().about(about).add("Case", id).add("Sensitive detail", detail.kind().label())
                        .add("Recorded on", detail.recordedAt().toLocalDate())
                        .add("Held as", "sensitive record " + detail.sensitiveRecordId()
                                + " (see the sensitive records)")
                        .item("HrCaseSensitiveRecord", Long.toString(detail.id())));
            }
        }
        return items;
    }
}
