package org.custos.protection.register.api;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.testsupport.People;
import org.junit.jupiter.api.Test;

/** The facades' input contracts: what a user is told when a form is not right. */
class FormValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    /** Ada Lovelace as HR types her in, with a phone number the form accepts. */
    private static People.Person ada() {
        return aPerson().named("Ada", "Lovelace").withPhone("+44 20 7946 0000");
    }

    private Set<String> problems(Object form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void aCompletePersonIsValid_S2() {
        assertTrue(problems(ada().born(LocalDate.of(1990, 12, 10)).withEmail("ada@example.org")
                .as(SubjectCategory.JOB_APPLICANT, SubjectCategory.REFEREE).form()).isEmpty());
    }

    @Test
    void namesCategoriesAndEmailsAreChecked_S2() {
        assertEquals(Set.of("Enter the given names.", "Enter the family name.", "Choose at least one category.",
                "Enter a valid email address, like name@example.org."),
                problems(ada().named(" ", "").withEmail("not-an-email").inNoCategory().form()));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        assertEquals(Set.of("The date of birth cannot be in the future."),
                problems(ada().born(LocalDate.now().plusDays(1)).as(SubjectCategory.STAFF).form()));
    }

    @Test
    void doNotContactNeedsTheReason_S3() {
        assertEquals(Set.of("Give the reason the person asked not to be contacted."),
                problems(ada().as(SubjectCategory.CLIENT_CONTACT).notToBeContacted(" ").form()));
        assertTrue(problems(ada().as(SubjectCategory.CLIENT_CONTACT).notToBeContacted("Asked by phone").form())
                .isEmpty());
    }

    @Test
    void legitimateInterestsNeedAllThreePartsOfTheAssessment_L3() {
        PurposeForm halfAssessed = new PurposeForm(null, 0, "Newsletter", "Sending news",
                LawfulBasis.LEGITIMATE_INTERESTS, "Keeping clients informed", null, " ", null,
                LocalDate.of(2027, 6, 30), null, null, null);
        assertEquals(1, problems(halfAssessed).size());
        assertTrue(problems(halfAssessed).iterator().next().startsWith("Legitimate interests need all three"));
        PurposeForm consent = new PurposeForm(null, 0, "Newsletter", "Sending news", LawfulBasis.CONSENT, null,
                null, null, null, LocalDate.of(2027, 6, 30), null, null, null);
        assertTrue(problems(consent).isEmpty());
    }

    @Test
    void aPurposeNeedsABasisAndAReviewDate_L1() {
        assertEquals(Set.of("Choose the lawful basis.", "Enter the date the basis is next reviewed."),
                problems(new PurposeForm(null, 0, "Payroll", "Paying staff", null, null, null, null, null, null,
                        null, null, null)));
    }
}
