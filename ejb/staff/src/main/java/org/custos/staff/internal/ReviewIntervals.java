package org.custos.staff.internal;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.AccuracyGroup;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.AccuracyReview;

/**
 * A1: the groups of a member of staff's own record they are asked to confirm, each with its interval as a setting
 * (12 months by default) that the staff holder declares, and the details of the record each group covers: the
 * person's entry in the register (personal and contact details), the file's bank details, its emergency contacts.
 * The engagement is HR's own record of the job, so it is not asked about.
 */
final class ReviewIntervals {

    private static final Period DEFAULT = Period.ofMonths(12);

    static final AccuracyReview PERSONAL_DETAILS = new AccuracyReview(DataContext.STAFF,
            "accuracy.staff-personal-details", "Ask members of staff to confirm their personal and contact details"
                    + " every", DEFAULT);
    static final AccuracyReview BANK_DETAILS = new AccuracyReview(DataContext.STAFF, "accuracy.staff-bank-details",
            "Ask members of staff to confirm their bank details every", DEFAULT);
    static final AccuracyReview EMERGENCY_CONTACTS = new AccuracyReview(DataContext.STAFF,
            "accuracy.staff-emergency-contacts", "Ask members of staff to confirm their emergency contacts every",
            DEFAULT);

    /** The reviews the staff holder declares through the SPI, in the order of {@link AccuracyGroup}. */
    static final List<AccuracyReview> ALL = List.of(PERSONAL_DETAILS, BANK_DETAILS, EMERGENCY_CONTACTS);

    private ReviewIntervals() {
    }

    static AccuracyReview of(AccuracyGroup group) {
        return switch (group) {
            case PERSONAL_DETAILS -> PERSONAL_DETAILS;
            case BANK_DETAILS -> BANK_DETAILS;
            case EMERGENCY_CONTACTS -> EMERGENCY_CONTACTS;
        };
    }

    /**
     * The group a detail belongs to, by the context and kind of record its holder lists it under for rectification
     * (D5); none for a detail no review asks about.
     */
    static Optional<AccuracyGroup> groupOf(String context, String recordType) {
        if (DataContext.REGISTER.key().equals(context) && recordType.equals("DataSubject")) {
            return Optional.of(AccuracyGroup.PERSONAL_DETAILS);
        }
        if (!DataContext.STAFF.key().equals(context)) {
            return Optional.empty();
        }
        return switch (recordType) {
            case "BankDetails" -> Optional.of(AccuracyGroup.BANK_DETAILS);
            case "EmergencyContact" -> Optional.of(AccuracyGroup.EMERGENCY_CONTACTS);
            default -> Optional.empty();
        };
    }
}
