package org.custos.complaints.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.complaints.Complaint;

/**
 * What a complaint file's handler may record, and when (P1): nothing on a closed file; no step, acknowledgement or
 * outcome dated before the complaint arrived; one acknowledgement; anonymity given up only when it was asked for,
 * once.
 */
final class ComplaintChanges {

    private ComplaintChanges() {
    }

    static Optional<String> stepRefusal(Complaint complaint, LocalDate notedOn) {
        return closed(complaint).or(() -> beforeReceipt(complaint, notedOn, "A step"));
    }

    static Optional<String> documentRefusal(Complaint complaint) {
        return closed(complaint);
    }

    static Optional<String> acknowledgementRefusal(Complaint complaint, LocalDate acknowledgedOn) {
        if (complaint.acknowledgedOn() != null) {
            return Optional.of("This complaint was acknowledged already, on " + complaint.acknowledgedOn() + ".");
        }
        return closed(complaint).or(() -> beforeReceipt(complaint, acknowledgedOn, "The acknowledgement"));
    }

    static Optional<String> outcomeRefusal(Complaint complaint, LocalDate outcomeOn) {
        return closed(complaint).or(() -> beforeReceipt(complaint, outcomeOn, "The outcome"));
    }

    static Optional<String> anonymityRefusal(Complaint complaint, LocalDate toldOn) {
        if (!complaint.anonymityRequested()) {
            return Optional.of("The complainant did not ask for anonymity.");
        }
        if (complaint.anonymityLostToldOn() != null) {
            return Optional.of("It is recorded already that anonymity cannot be kept.");
        }
        return closed(complaint).or(() -> beforeReceipt(complaint, toldOn, "Telling the complainant"));
    }

    private static Optional<String> closed(Complaint complaint) {
        return complaint.closedOn() == null ? Optional.empty()
                : Optional.of("This complaint was closed on " + complaint.closedOn() + ": nothing more is recorded.");
    }

    private static Optional<String> beforeReceipt(Complaint complaint, LocalDate day, String what) {
        return day.isBefore(complaint.receivedOn())
                ? Optional.of(what + " cannot be dated before the complaint was received (" + complaint.receivedOn()
                        + ").")
                : Optional.empty();
    }
}
