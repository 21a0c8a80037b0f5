package org.custos.relationships.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.ProcessorCondition;

/**
 * How a version of a processor's agreement moves (X4): proposed, sent to the DPM, approved by them, signed, in force,
 * ended once the data was returned or deleted, or replaced when a later version comes into force. Nothing is signed
 * or in force without the DPM's approval of that very version, a change to a version not yet signed takes it back to
 * proposed, and an approval given while a condition was met lapses when that condition's evidence is withdrawn before
 * the version is signed. Data goes to a processor only under a version the DPM approved that has not ended.
 */
final class AgreementStates {

    private AgreementStates() {
    }

    /** Why the version cannot move from {@code from} to {@code to}, or nothing when it can. */
    static Optional<String> stepRefusal(AgreementState from, AgreementState to) {
        if (from == AgreementState.ENDED) {
            return Optional.of("This agreement has ended: propose a new version for a new agreement.");
        }
        return switch (to) {
            case AWAITING_DPM -> from == AgreementState.PROPOSED ? Optional.empty()
                    : Optional.of("This version has already been sent to the DPM.");
            case APPROVED -> from == AgreementState.AWAITING_DPM ? Optional.empty()
                    : Optional.of(from == AgreementState.PROPOSED ? "This version has not been sent to the DPM yet."
                            : "This version is already approved.");
            case SIGNED -> from == AgreementState.APPROVED ? Optional.empty() : from.compareTo(to) > 0
                    ? Optional.of("This version is already recorded as signed.") : unapproved("signed");
            case IN_FORCE -> from == AgreementState.SIGNED ? Optional.empty() : from == AgreementState.APPROVED
                    ? Optional.of("Record the agreement as signed before it comes into force.")
                    : from == AgreementState.IN_FORCE ? Optional.of("This version is already in force.")
                    : unapproved("in force");
            case ENDED -> from == AgreementState.SIGNED || from == AgreementState.IN_FORCE ? Optional.empty()
                    : Optional.of("Only a signed agreement can end: a version not signed can be changed instead.");
            case PROPOSED -> Optional.of("A version is proposed by changing it.");
        };
    }

    private static Optional<String> unapproved(String what) {
        return Optional.of("The DPM has not approved this version of the agreement, so it cannot be recorded as "
                + what + ". Send it to the DPM and record it once they approve it.");
    }

    /** Why the version's terms cannot be changed, or nothing when a change (which needs a new approval) can be made. */
    static Optional<String> changeRefusal(AgreementState state) {
        return state.compareTo(AgreementState.APPROVED) > 0
                ? Optional.of("This version has been signed and cannot be changed: propose a new version, which the"
                        + " DPM approves before it is signed.")
                : Optional.empty();
    }

    /** Why the dates of a version do not fit together, or nothing. */
    static Optional<String> datesRefusal(LocalDate startsOn, LocalDate endsOn) {
        return endsOn != null && endsOn.isBefore(startsOn)
                ? Optional.of("The agreement cannot end before it starts.") : Optional.empty();
    }

    /** Why the DPM cannot approve with these conditions unmet and this reason, or nothing (X4). */
    static Optional<String> approvalRefusal(List<ProcessorCondition> unmet, String reason) {
        if (unmet.isEmpty() || (reason != null && !reason.isBlank())) {
            return Optional.empty();
        }
        return Optional.of("These conditions are not met yet: " + unmet.stream().map(ProcessorCondition::label)
                .map(String::toLowerCase).collect(Collectors.joining("; ")) + ". Record the evidence, or record why"
                + " you approve the agreement all the same.");
    }

    /** Why the agreement cannot be recorded as ended without this confirmation, or nothing. */
    static Optional<String> endRefusal(String dataConfirmation) {
        return dataConfirmation == null || dataConfirmation.isBlank()
                ? Optional.of("Confirm how the processor returned or deleted the data before the agreement is"
                        + " recorded as ended.")
                : Optional.empty();
    }

    /**
     * Whether the DPM's approval of a version in this state lapses when the evidence of {@code withdrawn} is withdrawn:
     * it does for a version approved but not signed when the condition was met as it was approved (the DPM decides
     * again, knowing it is unmet); a signed version stands, as the contract does, and the condition shows unmet.
     */
    static boolean approvalLapses(AgreementState state, List<ProcessorCondition> unmetBefore,
            ProcessorCondition withdrawn) {
        return state == AgreementState.APPROVED && !unmetBefore.contains(withdrawn);
    }

    /**
     * Whether a version in this state ends when another comes into force: the one in force does, replaced by the new
     * one, with no confirmation that data was returned or deleted, since the processor keeps working for us.
     */
    static boolean replacedWhenAnotherComesIntoForce(AgreementState state) {
        return state == AgreementState.IN_FORCE;
    }

    /** Whether a version in this state, ending on {@code endsOn}, lets personal data go to the processor today (X4). */
    static boolean coversDisclosure(AgreementState state, LocalDate endsOn, LocalDate today) {
        return (state == AgreementState.APPROVED || state == AgreementState.SIGNED
                || state == AgreementState.IN_FORCE) && (endsOn == null || !endsOn.isBefore(today));
    }

    /** Why no personal data may be disclosed to the processor, or nothing when a version covers it (X4). */
    static Optional<String> disclosureRefusal(String processorName, boolean covered) {
        return covered ? Optional.empty()
                : Optional.of(processorName + " is our processor, and no version of its agreement approved by the DPM"
                        + " is in place: no personal data may be disclosed to it until the DPM approves one.");
    }
}
