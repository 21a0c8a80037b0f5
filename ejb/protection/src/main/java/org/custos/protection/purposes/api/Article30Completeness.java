package org.custos.protection.purposes.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.shared.SpecialCategoryCondition;

/**
 * Which fields of the record of processing a purpose still lacks (UK GDPR Art 30(1), the ICO controller template,
 * DPA 2018 Schedule 1 Part 4), in words. What the records know (the categories of people and of data) is passed in by
 * whoever has read it; {@link #missingTyped} asks only about what the DPM types.
 */
public final class Article30Completeness {

    private Article30Completeness() {
    }

    /**
     * What the records that serve a purpose show, for the fields they fill: whether they tell its categories of
     * people and of data and its retention, and whether they hold special-category or criminal-records data.
     */
    public record RecordsShow(boolean people, boolean data, boolean retention, boolean specialData)
        implements Serializable {

        /** As the purposes page judges a purpose before the records are read: all told, nothing special. */
        public static final RecordsShow ASSUMED = new RecordsShow(true, true, true, false);
    }

    /** The missing fields, in the template's order; empty when the purpose is complete. */
    public static List<String> missing(PurposeForm purpose, Article30Form record, RecordsShow records) {
        List<String> missing = new ArrayList<>();
        if (!Article30Form.present(record.businessFunction())) {
            missing.add("the business function");
        }
        if (!Article30Form.present(purpose.name()) || !Article30Form.present(purpose.description())) {
            missing.add("the purpose");
        }
        if (Article30Form.present(record.jointController())
                && !Article30Form.present(record.jointControllerContact())) {
            missing.add("the joint controller's contact details");
        }
        if (!records.people()) {
            missing.add("the categories of individuals");
        }
        if (!records.data()) {
            missing.add("the categories of personal data");
        }
        if (!records.retention()) {
            missing.add("the retention schedule");
        }
        if (!Article30Form.present(record.securityMeasures())) {
            missing.add("the security measures");
        }
        if (!Article30Form.present(record.dataLocation())) {
            missing.add("the location of the data");
        }
        if (records.specialData() && purpose.specialCategoryCondition() == null) {
            missing.add("the Article 9 condition for special-category data");
        }
        if (purpose.specialCategoryCondition() == SpecialCategoryCondition.EMPLOYMENT_LAW
                && record.schedule1Condition() == null) {
            missing.add("the DPA 2018 Schedule 1 condition");
        }
        if (record.schedule1Condition() != null && !Article30Form.present(record.retentionPolicyLink())) {
            missing.add("the link to the retention and erasure policy");
        }
        return missing;
    }

    /** The typed fields missing, as the purposes page shows them before the records are read. */
    public static List<String> missingTyped(PurposeForm purpose, Article30Form record) {
        return missing(purpose, record, RecordsShow.ASSUMED);
    }

    /** "incomplete: the business function and the location of the data"; empty text when complete. */
    public static String inWords(List<String> missing) {
        if (missing.isEmpty()) {
            return "";
        }
        String listed = missing.size() == 1 ? missing.get(0)
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
        return "incomplete: " + listed;
    }
}
