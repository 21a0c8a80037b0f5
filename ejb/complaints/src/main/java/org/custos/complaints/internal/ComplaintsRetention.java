package org.custos.complaints.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.ComplaintChannel;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.RetentionRule;

/**
 * R5: complaint files are kept for their period after closure (2 years by default), and the messages of complaints
 * that came through social media for their period after receipt (3 months by default); each a setting.
 */
final class ComplaintsRetention {

    /** R5: a complaint file, from its closure. */
    static final RetentionRule FILES = new RetentionRule(DataContext.COMPLAINTS, "retention.complaint-files", "R5",
            "Keep a complaint file after it closes", "Complaint closed", Period.ofYears(2));

    /** R5: the message of a complaint made through social media, from its receipt. */
    static final RetentionRule SOCIAL_MEDIA_MESSAGES = new RetentionRule(DataContext.COMPLAINTS,
            "retention.complaint-social-media-messages", "R5",
            "Keep the message of a complaint made through social media", "Complaint received", Period.ofMonths(3));

    /** The rules the complaints context declares through the SPI. */
    static final List<RetentionRule> RULES = List.of(FILES, SOCIAL_MEDIA_MESSAGES);

    private ComplaintsRetention() {
    }

    /** When a complaint file closed on {@code closedOn} falls due; none while it is open. */
    static Optional<LocalDate> fileReviewOn(LocalDate closedOn, Period period) {
        return Optional.ofNullable(closedOn).map(closed -> closed.plus(period));
    }

    /** When the message of a complaint received on {@code receivedOn} through {@code channel} falls due. */
    static Optional<LocalDate> messageReviewOn(ComplaintChannel channel, LocalDate receivedOn, Period period) {
        return channel == ComplaintChannel.SOCIAL_MEDIA ? Optional.of(receivedOn.plus(period)) : Optional.empty();
    }
}
