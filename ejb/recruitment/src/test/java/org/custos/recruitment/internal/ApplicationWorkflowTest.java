package org.custos.recruitment.internal;

import static org.custos.domain.shared.ApplicationStatus.ASSESSED;
import static org.custos.domain.shared.ApplicationStatus.CHECKS_COMPLETE;
import static org.custos.domain.shared.ApplicationStatus.CONDITIONAL_OFFER;
import static org.custos.domain.shared.ApplicationStatus.FINAL_OFFER;
import static org.custos.domain.shared.ApplicationStatus.HIRED;
import static org.custos.domain.shared.ApplicationStatus.RECEIVED;
import static org.custos.domain.shared.ApplicationStatus.REJECTED;
import static org.custos.domain.shared.ApplicationStatus.SHORTLISTED;
import static org.custos.domain.shared.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.custos.domain.shared.ApplicationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationWorkflowTest {

    private static final ApplicationWorkflow.Facts READY = new ApplicationWorkflow.Facts(1, List.of(), true);

    private static Optional<String> hr(ApplicationStatus from, ApplicationStatus to, ApplicationWorkflow.Facts facts) {
        return ApplicationWorkflow.refusal(from, to, facts, false);
    }

    private static Optional<String> hiringManager(ApplicationStatus from, ApplicationStatus to) {
        return ApplicationWorkflow.refusal(from, to, READY, true);
    }

    @Test
    void anApplicationMovesForwardOneStepAtATime_C1() {
        assertEquals(Optional.empty(), hr(RECEIVED, SHORTLISTED, READY));
        assertEquals(Optional.empty(), hr(SHORTLISTED, ASSESSED, READY));
        assertEquals(Optional.empty(), hr(ASSESSED, CONDITIONAL_OFFER, READY));
        assertEquals(Optional.empty(), hr(CONDITIONAL_OFFER, CHECKS_COMPLETE, READY));
        assertEquals(Optional.empty(), hr(CHECKS_COMPLETE, FINAL_OFFER, READY));
        assertEquals(Optional.empty(), hr(FINAL_OFFER, HIRED, READY));
    }

    @Test
    void skippingOrGoingBackIsRefusedWithTheNextStepNamed_C1() {
        assertEquals(Optional.of("An application that is received moves on to \"Shortlisted\" (or is rejected or "
                + "withdrawn), not to \"Conditional offer\"."), hr(RECEIVED, CONDITIONAL_OFFER, READY));
        assertEquals(Optional.of("An application that has a conditional offer moves on to \"Checks complete\" (or is"
                + " rejected or withdrawn), not to \"Hired\"."), hr(CONDITIONAL_OFFER, HIRED, READY));
        assertTrue(hr(SHORTLISTED, RECEIVED, READY).isPresent());
        assertTrue(hr(ASSESSED, HIRED, READY).isPresent());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"RECEIVED", "SHORTLISTED", "ASSESSED", "CONDITIONAL_OFFER",
            "CHECKS_COMPLETE", "FINAL_OFFER"})
    void anyOpenApplicationCanBeRejectedOrWithdrawn_C1(ApplicationStatus open) {
        assertEquals(Optional.empty(), hr(open, REJECTED, READY));
        assertEquals(Optional.empty(), hr(open, WITHDRAWN, READY));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"HIRED", "REJECTED", "WITHDRAWN"})
    void aClosedApplicationCannotMove_C1(ApplicationStatus closed) {
        assertTrue(hr(closed, SHORTLISTED, READY).orElseThrow().contains("cannot change any more"));
        assertEquals(List.of(), ApplicationWorkflow.nextSteps(closed, READY, false));
    }

    @Test
    void assessedNeedsAnAssessment_C1() {
        assertEquals(Optional.of("Record at least one assessment before marking the application assessed."),
                hr(SHORTLISTED, ASSESSED, new ApplicationWorkflow.Facts(0, List.of(), false)));
    }

    @Test
    void checksCompleteNeedsEveryCheckAndNamesWhatIsMissing_C2() {
        ApplicationWorkflow.Facts missing = new ApplicationWorkflow.Facts(1,
                List.of("references", "health questionnaire"), false);
        assertEquals(Optional.of("The pre-employment checks are not complete: still missing references, health "
                + "questionnaire."), hr(CONDITIONAL_OFFER, CHECKS_COMPLETE, missing));
    }

    @Test
    void hiringNeedsTheBankDetailsOfTheFinalOffer_C2() {
        assertEquals(Optional.of("Record the bank details of the final offer before hiring."),
                hr(FINAL_OFFER, HIRED, new ApplicationWorkflow.Facts(1, List.of(), false)));
    }

    @Test
    void aHiringManagerShortlistsAndAssessesOnly_X1() {
        assertEquals(Optional.empty(), hiringManager(RECEIVED, SHORTLISTED));
        assertEquals(Optional.empty(), hiringManager(SHORTLISTED, ASSESSED));
        assertTrue(hiringManager(ASSESSED, CONDITIONAL_OFFER).isPresent());
        assertTrue(hiringManager(RECEIVED, REJECTED).isPresent());
        assertEquals(List.of(SHORTLISTED), ApplicationWorkflow.nextSteps(RECEIVED, READY, true));
    }

    @Test
    void nextStepsOfferTheNextStatusThenTheEnds_C1() {
        assertEquals(List.of(FINAL_OFFER, REJECTED, WITHDRAWN),
                ApplicationWorkflow.nextSteps(CHECKS_COMPLETE, READY, false));
    }
}
