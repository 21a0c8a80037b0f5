package org.custos.domain.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What people read for a kind of record that the audit trail and the rights requests store by its code name
 * ({@code SensitiveRecord} is "Sensitive record"): the one list of those words. A code name missing from it is
 * still shown as words ({@code ComplaintFile} as "Complaint file"), never as the code.
 */
public final class RecordTypes {

    private static final Map<String, String> LABELS = labels();
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private RecordTypes() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("DataSubject", "Person's record");
        labels.put("SensitiveRecord", "Sensitive record");
        labels.put("SensitiveDocument", "Document of a sensitive record");
        labels.put("Application", "Application");
        labels.put("Assessment", "Assessment");
        labels.put("PreEmploymentChecks", "Pre-employment checks");
        labels.put("FinalOffer", "Final offer");
        labels.put("Campaign", "Recruitment campaign");
        labels.put("StaffFile", "Staff file");
        labels.put("BankDetails", "Bank details of a staff file");
        labels.put("PendingHire", "Hire waiting for its staff file");
        labels.put("ChangeReport", "Change a member of staff reported to their own record");
        labels.put("StaffAccount", "Account of a member of staff linked to their staff file");
        labels.put("AccuracyConfirmation", "Confirmation by a member of staff that their details are still right");
        labels.put("HrCase", "Disciplinary, grievance or capability case");
        labels.put("HrCaseNote", "Note of a disciplinary, grievance or capability case");
        labels.put("HrCaseMeeting", "Meeting of a disciplinary, grievance or capability case");
        labels.put("HrCaseDocument", "Document of a disciplinary, grievance or capability case");
        labels.put("HrCaseSensitiveRecord", "Health or criminal-records detail of a capability or disciplinary case");
        labels.put("SicknessAbsence", "Sickness absence");
        labels.put("AbsenceHealthRecord", "Health detail of a sickness absence");
        labels.put("Organisation", "Client, customer or supplier organisation");
        labels.put("OrganisationContact", "Contact at a client, customer or supplier");
        labels.put("ServiceRecord", "Record of a service provided");
        labels.put("Processor", "Processor of personal data and its agreement");
        labels.put("Transfer", "International transfer and its safeguard");
        labels.put("AdequateCountry", "Country on the adequacy list of the United Kingdom");
        labels.put("Complaint", "Complaint file");
        labels.put("ComplaintMessage", "Social-media message of a complaint");
        labels.put("RightsRequest", "Rights request");
        labels.put("Disclosure", "Disclosure");
        labels.put("LegalHold", "Legal hold");
        labels.put("Breach", "Breach");
        labels.put("RetentionRun", "Retention run");
        labels.put("Approval", "Approval");
        labels.put("AccessGrant", "Access grant");
        labels.put("Account", "Account");
        labels.put("Purpose", "Purpose");
        labels.put("PurposeStop", "Stop of a purpose");
        labels.put("Notice", "Privacy notice");
        labels.put("NoticeVersion", "Version of a privacy notice");
        labels.put("NoticeGiven", "Privacy notice given or owed");
        labels.put("NoticeSend", "Privacy notice sent to everyone who had the one before");
        labels.put("Setting", "Setting");
        labels.put("BankHoliday", "Bank holiday");
        labels.put("DataKey", "Data key");
        labels.put("AuditEntry", "Audit trail");
        labels.put("AuditChain", "Audit chain");
        return Map.copyOf(labels);
    }

    /** The words for the kind of record, e.g. "Sensitive record"; empty text for none. */
    public static String label(String recordType) {
        if (recordType == null || recordType.isBlank()) {
            return "";
        }
        String label = LABELS.get(recordType);
        if (label != null) {
            return label;
        }
        String words = WORD_START.matcher(recordType).replaceAll(" ").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** One record in words: "Sensitive record, reference 8"; the kind alone without a reference. */
    public static String named(String recordType, String recordId) {
        String kind = label(recordType);
        return kind.isEmpty() || recordId == null || recordId.isBlank() ? kind : kind + ", reference " + recordId;
    }

    /** The kinds of record the audit trail can be filtered by, code name to words, in the order of their words. */
    public static Map<String, String> known() {
        Map<String, String> sorted = new LinkedHashMap<>();
        LABELS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
