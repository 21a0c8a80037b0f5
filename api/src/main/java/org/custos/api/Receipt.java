package org.custos.api;

import java.time.LocalDate;
import org.custos.domain.shared.OrganisationTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the sender learns of what it sent in: its number and its deadline, and a sentence to show the person. */
@Schema(name = "Receipt")
public record Receipt(
        @Schema(description = "The number the organisation knows it by.", example = "1234") long number,
        @Schema(description = "The day the organisation must answer by (a request) or acknowledge by (a complaint);"
                + " none for a consent.",
                example = "2027-01-03") LocalDate due,
        @Schema(description = "A sentence the website can show the person.",
                example = "Your request is number 1234. We will answer by 3 January 2027.") String message) {

    static Receipt request(long number, LocalDate due) {
        return new Receipt(number, due, "Your request is number " + number + ". We will answer by "
                + OrganisationTime.DAY.format(due) + ".");
    }

    /** A consent has no deadline. */
    static Receipt consent(long number) {
        return new Receipt(number, null, "Your consent is recorded, number " + number
                + ". You can withdraw it at any time.");
    }

    static Receipt complaint(long number, LocalDate due) {
        return new Receipt(number, due, "Your complaint is number " + number + ". We will acknowledge it by "
                + OrganisationTime.DAY.format(due) + ".");
    }
}
