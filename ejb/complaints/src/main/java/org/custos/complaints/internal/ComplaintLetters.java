package org.custos.complaints.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.complaints.Complaint;
import org.custos.domain.shared.ComplaintKind;
import org.custos.domain.shared.OrganisationTime;

/**
 * The complaint letters' values and when there is none (P1): both go to the complainant, so a file whose complainant
 * was erased has no letter; the outcome letter needs the outcome recorded, and tells a data-protection complainant of
 * their right to complain to the ICO (DPA 2018 s.164A), every date in words.
 */
final class ComplaintLetters {

    private ComplaintLetters() {
    }

    /** Why there is no acknowledgement letter, or empty when there is one. */
    static Optional<String> acknowledgementRefusal(Complaint complaint) {
        return complaint.complainantSubjectId() == null
                ? Optional.of("The complainant's data was erased: there is no one to write to.") : Optional.empty();
    }

    /** Why there is no outcome letter, or empty when there is one. */
    static Optional<String> outcomeRefusal(Complaint complaint) {
        if (complaint.outcomeOn() == null || complaint.outcome() == null) {
            return Optional.of("Record the outcome first: the letter tells it to the complainant.");
        }
        return acknowledgementRefusal(complaint);
    }

    /** The values every complaint letter has. */
    static Map<String, String> values(String complainant, Complaint complaint) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("person.name", complainant);
        values.put("complaint.kind", complaint.kind().label().toLowerCase(Locale.UK) + " complaint");
        values.put("complaint.receivedOn", OrganisationTime.DAY.format(complaint.receivedOn()));
        values.put("complaint.channel", complaint.channel().label().toLowerCase(Locale.UK));
        return values;
    }

    /** The outcome letter's values: the common ones, the outcome and its day, and the ICO paragraph's switch. */
    static Map<String, String> outcomeValues(String complainant, Complaint complaint) {
        Map<String, String> values = values(complainant, complaint);
        values.put("complaint.outcome", complaint.outcome());
        values.put("complaint.outcomeOn", OrganisationTime.DAY.format(complaint.outcomeOn()));
        if (complaint.kind() == ComplaintKind.DATA_PROTECTION) {
            values.put("complaint.dataProtection", "yes");
        }
        return values;
    }
}
