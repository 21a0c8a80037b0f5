package org.custos.recruitment.internal;

import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;

/**
 * Who may still change an application that has ended. A hired applicant's application becomes part of their staff
 * file: HR and the DPM may still correct it (rectification, D5); a hiring manager may not, unless HR gave the
 * campaign's hiring managers leave to change that one application and has not withdrawn it. A rejected or withdrawn
 * application changes no more.
 */
final class AfterHire {

    private AfterHire() {
    }

    /** Why an application of this status can no longer move on, or empty while it is open. */
    static Optional<String> ended(ApplicationStatus status) {
        return status.isOpen() ? Optional.empty()
                : Optional.of("This application " + status.state() + ": it cannot change any more.");
    }

    /** Why the caller may not add to an application of this status, or empty when they may. */
    static Optional<String> refusal(ApplicationStatus status, boolean hiringManagerOnly, boolean managersMayChange) {
        if (status != ApplicationStatus.HIRED) {
            return ended(status);
        }
        return !hiringManagerOnly || managersMayChange ? Optional.empty() : Optional.of("The applicant was hired:"
                + " only HR may change this application now, unless HR lets its hiring managers change it.");
    }

    /** Why HR may not give ({@code give}) or withdraw the hiring managers' leave, or empty when they may. */
    static Optional<String> leaveRefusal(ApplicationStatus status, boolean managersMayChange, boolean give) {
        if (status != ApplicationStatus.HIRED) {
            return Optional.of("Hiring managers need leave to change an application only once its applicant is"
                    + " hired.");
        }
        if (give == managersMayChange) {
            return Optional.of(give ? "The hiring managers may already change this application."
                    : "The hiring managers have no leave to change this application to withdraw.");
        }
        return Optional.empty();
    }
}
