package org.custos.recruitment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;

/**
 * The application workflow (C1, C2): received → shortlisted → assessed → conditional offer → checks complete →
 * final offer → hired, one step at a time, or rejected / withdrawn from any open state. Hiring managers shortlist
 * and assess; every other move is HR's.
 */
final class ApplicationWorkflow {

    private static final List<ApplicationStatus> FORWARD = List.of(ApplicationStatus.RECEIVED,
            ApplicationStatus.SHORTLISTED, ApplicationStatus.ASSESSED, ApplicationStatus.CONDITIONAL_OFFER,
            ApplicationStatus.CHECKS_COMPLETE, ApplicationStatus.FINAL_OFFER, ApplicationStatus.HIRED);

    private ApplicationWorkflow() {
    }

    /** What the workflow needs to know about the application beyond its status. */
    record Facts(int assessments, List<String> missingChecks, boolean bankDetailsRecorded) {

        Facts {
            missingChecks = List.copyOf(missingChecks);
        }
    }

    /** Why the move is not allowed, or empty when it is. */
    static Optional<String> refusal(ApplicationStatus from, ApplicationStatus to, Facts facts,
            boolean hiringManagerOnly) {
        if (!from.isOpen()) {
            return Optional.of("This application " + from.state() + ": it cannot change any more.");
        }
        if (hiringManagerOnly && to != ApplicationStatus.SHORTLISTED && to != ApplicationStatus.ASSESSED) {
            return Optional.of("A hiring manager can shortlist and assess; HR makes the other decisions.");
        }
        if (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN) {
            return Optional.empty();
        }
        ApplicationStatus next = FORWARD.get(FORWARD.indexOf(from) + 1);
        if (to != next) {
            return Optional.of("An application that " + from.state() + " moves on to \"" + next.label()
                    + "\" (or is rejected or withdrawn), not to \"" + to.label() + "\".");
        }
        return switch (to) {
            case ASSESSED -> facts.assessments() == 0
                    ? Optional.of("Record at least one assessment before marking the application assessed.")
                    : Optional.empty();
            case CHECKS_COMPLETE -> facts.missingChecks().isEmpty() ? Optional.empty()
                    : Optional.of("The pre-employment checks are not complete: still missing "
                            + String.join(", ", facts.missingChecks()) + ".");
            case HIRED -> facts.bankDetailsRecorded() ? Optional.empty()
                    : Optional.of("Record the bank details of the final offer before hiring.");
            default -> Optional.empty();
        };
    }

    /** The moves the caller may make now, forward first. */
    static List<ApplicationStatus> nextSteps(ApplicationStatus from, Facts facts, boolean hiringManagerOnly) {
        return Arrays.stream(ApplicationStatus.values())
                .filter(to -> to != from && refusal(from, to, facts, hiringManagerOnly).isEmpty())
                .toList();
    }
}
