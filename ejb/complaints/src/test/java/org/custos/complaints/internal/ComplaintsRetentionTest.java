package org.custos.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.ComplaintChannel;
import org.junit.jupiter.api.Test;

class ComplaintsRetentionTest {

    @Test
    void aComplaintFileIsKeptForItsPeriodAfterClosure_R5() {
        assertEquals(Optional.empty(), ComplaintsRetention.fileReviewOn(null, Period.ofYears(2)),
                "no date while the complaint is open");
        assertEquals(Optional.of(LocalDate.of(2028, 9, 30)),
                ComplaintsRetention.fileReviewOn(LocalDate.of(2026, 9, 30), Period.ofYears(2)));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)),
                ComplaintsRetention.fileReviewOn(LocalDate.of(2024, 2, 29), Period.ofYears(3)), "a changed setting");
    }

    @Test
    void aSocialMediaMessageIsKeptForItsPeriodAfterReceipt_R5() {
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), ComplaintsRetention.messageReviewOn(
                ComplaintChannel.SOCIAL_MEDIA, LocalDate.of(2026, 7, 1), Period.ofMonths(3)));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), ComplaintsRetention.messageReviewOn(
                ComplaintChannel.SOCIAL_MEDIA, LocalDate.of(2026, 11, 30), Period.ofMonths(3)), "a shorter month");
        assertEquals(Optional.empty(), ComplaintsRetention.messageReviewOn(ComplaintChannel.EMAIL,
                LocalDate.of(2026, 7, 1), Period.ofMonths(3)), "other channels keep the message with the file");
    }

    @Test
    void theRulesAreSettingsOfTwoYearsAndThreeMonths_R5() {
        assertEquals(List.of("retention.complaint-files", "R5", "Complaint closed", "P2Y"), List.of(
                ComplaintsRetention.FILES.key(), ComplaintsRetention.FILES.rule(),
                ComplaintsRetention.FILES.countsFrom(), ComplaintsRetention.FILES.defaultPeriod().toString()));
        assertEquals(List.of("retention.complaint-social-media-messages", "R5", "Complaint received", "P3M"), List.of(
                ComplaintsRetention.SOCIAL_MEDIA_MESSAGES.key(), ComplaintsRetention.SOCIAL_MEDIA_MESSAGES.rule(),
                ComplaintsRetention.SOCIAL_MEDIA_MESSAGES.countsFrom(),
                ComplaintsRetention.SOCIAL_MEDIA_MESSAGES.defaultPeriod().toString()));
        assertEquals(List.of(ComplaintsRetention.FILES, ComplaintsRetention.SOCIAL_MEDIA_MESSAGES),
                ComplaintsRetention.RULES);
    }
}
