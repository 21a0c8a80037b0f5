package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import org.custos.security.api.RecordAltered;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

class OpeningFailureTest {

    @Test
    void aRefusalWrappedByTheContainerGivesItsOwnWords_R2() {
        EJBException wrapped = new EJBException(new RequestRefused("Ann Lee already has a staff file for a current "
                + "engagement."));
        assertEquals("Ann Lee already has a staff file for a current engagement.", OpeningFailure.reason(wrapped));
    }

    @Test
    void alteredBankDetailsAreNamedSoThatHrKnowsWhatToPutRight_R2_X3() {
        assertEquals(OpeningFailure.ALTERED, OpeningFailure.reason(new EJBException(new RecordAltered())));
    }

    @Test
    void anyOtherFailureSaysToRetryWithoutShowingItsTechnicalText_R2() {
        assertEquals(OpeningFailure.UNEXPECTED,
                OpeningFailure.reason(new IllegalStateException("duplicate key value violates constraint")));
    }
}
