package org.custos.protection.purposes.api;

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
     * The missing fields, in the template's order; empty when the purpose is complete.
     *
     * @param peopleKnown whether the categories of individuals are known (from the records that serve it)
     * @param dataKnown   whether the categories of personal data are known (from the records that serve it)
     */
    public static List<String> missing(PurposeForm purpose, Article30Form record, boolean peopleKnown,
            boolean dataKnown) {
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
        if (!peopleKnown) {
            missing.add("the categories of individuals");
        }
        if (!dataKnown) {
            missing.add("the categories of personal data");
        }
        if (!Article30Form.present(record.securityMeasures())) {
            missing.add("the security measures");
        }
        if (!Article30Form.present(record.dataLocation())) {
            missing.add("the location of the data");
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
        return missing(purpose, record, true, true);
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
