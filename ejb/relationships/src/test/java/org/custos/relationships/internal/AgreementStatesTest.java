package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.AgreementState;
import org.custos.domain.shared.ProcessorCondition;
import org.junit.jupiter.api.Test;

class AgreementStatesTest {

    @Test
    void nothingIsSignedOrInForceWithoutTheDpmsApproval_X4() {
        for (AgreementState unapproved : List.of(AgreementState.PROPOSED, AgreementState.AWAITING_DPM)) {
            assertEquals(Optional.of("The DPM has not approved this version of the agreement, so it cannot be recorded"
                    + " as signed. Send it to the DPM and record it once they approve it."),
                    AgreementStates.stepRefusal(unapproved, AgreementState.SIGNED));
            assertEquals(Optional.of("The DPM has not approved this version of the agreement, so it cannot be recorded"
                    + " as in force. Send it to the DPM and record it once they approve it."),
                    AgreementStates.stepRefusal(unapproved, AgreementState.IN_FORCE));
        }
        assertTrue(AgreementStates.stepRefusal(AgreementState.APPROVED, AgreementState.SIGNED).isEmpty());
        assertTrue(AgreementStates.stepRefusal(AgreementState.SIGNED, AgreementState.IN_FORCE).isEmpty());
        assertEquals(Optional.of("Record the agreement as signed before it comes into force."),
                AgreementStates.stepRefusal(AgreementState.APPROVED, AgreementState.IN_FORCE));
    }

    @Test
    void theDpmApprovesOnlyAVersionSentToThem_X4() {
        assertEquals(Optional.of("This version has not been sent to the DPM yet."),
                AgreementStates.stepRefusal(AgreementState.PROPOSED, AgreementState.APPROVED));
        assertTrue(AgreementStates.stepRefusal(AgreementState.PROPOSED, AgreementState.AWAITING_DPM).isEmpty());
        assertTrue(AgreementStates.stepRefusal(AgreementState.AWAITING_DPM, AgreementState.APPROVED).isEmpty());
        assertEquals(Optional.of("This version is already approved."),
                AgreementStates.stepRefusal(AgreementState.SIGNED, AgreementState.APPROVED));
    }

    @Test
    void aSignedVersionIsNotChangedButReplacedByANewVersionToApprove_X4() {
        for (AgreementState signed : List.of(AgreementState.SIGNED, AgreementState.IN_FORCE, AgreementState.ENDED)) {
            assertEquals(Optional.of("This version has been signed and cannot be changed: propose a new version,"
                    + " which the DPM approves before it is signed."), AgreementStates.changeRefusal(signed));
        }
        for (AgreementState open : List.of(AgreementState.PROPOSED, AgreementState.AWAITING_DPM,
                AgreementState.APPROVED)) {
            assertTrue(AgreementStates.changeRefusal(open).isEmpty());
        }
    }

    @Test
    void anEndedAgreementNeedsTheDataReturnedOrDeletedConfirmed_X4() {
        assertEquals(Optional.of("Confirm how the processor returned or deleted the data before the agreement is"
                + " recorded as ended."), AgreementStates.endRefusal("  "));
        assertTrue(AgreementStates.endRefusal("Deletion certificate of 3 December 2026").isEmpty());
        assertTrue(AgreementStates.stepRefusal(AgreementState.IN_FORCE, AgreementState.ENDED).isEmpty());
        assertEquals(Optional.of("Only a signed agreement can end: a version not signed can be changed instead."),
                AgreementStates.stepRefusal(AgreementState.APPROVED, AgreementState.ENDED));
        assertEquals(Optional.of("This agreement has ended: propose a new version for a new agreement."),
                AgreementStates.stepRefusal(AgreementState.ENDED, AgreementState.IN_FORCE));
    }

    @Test
    void theDpmApprovesWithAConditionUnmetOnlyWithAReason_X4() {
        List<ProcessorCondition> unmet = List.of(ProcessorCondition.NAMED_IN_NOTICE, ProcessorCondition.ACCEPTS_AUDITS);
        assertEquals(Optional.of("These conditions are not met yet: named in the privacy notice; accepts audits."
                + " Record the evidence, or record why you approve the agreement all the same."),
                AgreementStates.approvalRefusal(unmet, " "));
        assertTrue(AgreementStates.approvalRefusal(unmet, "The notice is being reprinted this week.").isEmpty());
        assertTrue(AgreementStates.approvalRefusal(List.of(), null).isEmpty());
    }

    @Test
    void anAgreementCannotEndBeforeItStarts_X4() {
        LocalDate start = LocalDate.of(2026, 12, 3);
        assertEquals(Optional.of("The agreement cannot end before it starts."),
                AgreementStates.datesRefusal(start, start.minusDays(1)));
        assertTrue(AgreementStates.datesRefusal(start, null).isEmpty());
        assertTrue(AgreementStates.datesRefusal(start, start).isEmpty());
    }

    @Test
    void personalDataGoesToAProcessorOnlyUnderAnApprovedVersionThatHasNotEnded_X4() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        for (AgreementState approved : List.of(AgreementState.APPROVED, AgreementState.SIGNED,
                AgreementState.IN_FORCE)) {
            assertTrue(AgreementStates.coversDisclosure(approved, null, today), approved.name());
            assertTrue(AgreementStates.coversDisclosure(approved, today, today), approved.name());
            assertFalse(AgreementStates.coversDisclosure(approved, today.minusDays(1), today), approved.name());
        }
        for (AgreementState notApproved : List.of(AgreementState.PROPOSED, AgreementState.AWAITING_DPM,
                AgreementState.ENDED)) {
            assertFalse(AgreementStates.coversDisclosure(notApproved, null, today), notApproved.name());
        }
        assertEquals(Optional.of("Acme Payroll Ltd is our processor, and no version of its agreement approved by the"
                + " DPM is in place: no personal data may be disclosed to it until the DPM approves one."),
                AgreementStates.disclosureRefusal("Acme Payroll Ltd", false));
        assertTrue(AgreementStates.disclosureRefusal("Acme Payroll Ltd", true).isEmpty());
    }

    @Test
    void anApprovalNotYetSignedLapsesWhenEvidenceItReliedOnIsWithdrawn_X4() {
        ProcessorCondition audits = ProcessorCondition.ACCEPTS_AUDITS;
        assertTrue(AgreementStates.approvalLapses(AgreementState.APPROVED, List.of(), audits));
        assertFalse(AgreementStates.approvalLapses(AgreementState.APPROVED, List.of(audits), audits),
                "the DPM approved knowing it was unmet");
        for (AgreementState other : List.of(AgreementState.PROPOSED, AgreementState.AWAITING_DPM,
                AgreementState.SIGNED, AgreementState.IN_FORCE, AgreementState.ENDED)) {
            assertFalse(AgreementStates.approvalLapses(other, List.of(), audits), other.name());
        }
    }

    @Test
    void onlyTheVersionInForceIsReplacedWhenAnotherComesIntoForce_X4() {
        assertTrue(AgreementStates.replacedWhenAnotherComesIntoForce(AgreementState.IN_FORCE));
        for (AgreementState other : List.of(AgreementState.PROPOSED, AgreementState.AWAITING_DPM,
                AgreementState.APPROVED, AgreementState.SIGNED, AgreementState.ENDED)) {
            assertFalse(AgreementStates.replacedWhenAnotherComesIntoForce(other), other.name());
        }
    }
}
