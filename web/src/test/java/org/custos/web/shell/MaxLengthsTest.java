package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

/** A text box's maxlength comes from the facade's constraint on what it fills, never from the page. */
class MaxLengthsTest {

    private final MaxLengths maxLengths = new MaxLengths();

    @Test
    void thePagesFindItByTheNameTheyUse() {
        assertEquals("maxLength", MaxLengths.class.getAnnotation(Named.class).value());
    }

    @Test
    void aFormFieldTakesItsSize() {
        assertEquals(200, maxLengths.of("SubjectForm.givenNames"));
        assertEquals(60, maxLengths.of("AccessGrantForm.recordId"));
        assertEquals(200, maxLengths.of("SubjectQuery.name"));
        assertEquals(254, maxLengths.of("NewAccount.email"), "composed in @EmailAddress");
    }

    @Test
    void aFacadeParameterTakesItsSize() {
        assertEquals(500, maxLengths.of("RightsRequests.fee.reason"));
        assertEquals(254, maxLengths.of("AccountAdministration.changeEmail.email"), "composed in @EmailAddress");
    }

    @Test
    void aNumberTakesTheDigitsOfItsMaximumOrOfItsType() {
        assertEquals(3, maxLengths.of("AssessmentForm.score"));
        assertEquals(6, maxLengths.of("RightsRequests.fee.pence"));
        assertEquals(10, maxLengths.of("BreachForm.approxPeople"));
        assertEquals(19, maxLengths.of("AccessGrantForm.subjectId"));
    }

    @Test
    void aDecimalTakesTheDigitsItsConstraintAllowsAndThePoint() {
        assertEquals(6, maxLengths.of("EngagementForm.weeklyHours"), "999.99");
    }

    @Test
    void aListTypedInOneBoxTakesItsItemsAndTheirSeparators() {
        assertEquals(254, maxLengths.of("SubjectForm.emails[]"));
        assertEquals(10 * (254 + 2), maxLengths.of("SubjectForm.emails"));
    }

    @Test
    void aNameWithoutAConstraintIsAMistakeInThePage() {
        assertThrows(IllegalArgumentException.class, () -> MaxLengths.read("SubjectForm.categories"));
        assertThrows(IllegalArgumentException.class, () -> MaxLengths.read("SubjectForm.nickname"));
        assertThrows(IllegalArgumentException.class, () -> MaxLengths.read("NoSuchForm.name"));
        assertThrows(IllegalArgumentException.class, () -> MaxLengths.read("givenNames"));
    }
}
