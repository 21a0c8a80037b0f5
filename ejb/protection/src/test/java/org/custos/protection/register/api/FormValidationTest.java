package org.custos.protection.register.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.purposes.api.PurposeForm;
import org.junit.jupiter.api.Test;

/** The facades' input contracts: what a user is told when a form is not right. */
class FormValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static SubjectForm person(String given, String family, LocalDate born, List<String> emails,
            Set<SubjectCategory> categories, boolean doNotContact, String reason) {
        return new SubjectForm(given, family, born, emails, "+44 20 7946 0000", null, null, null, null, null,
                categories, doNotContact, reason);
    }

    private Set<String> problems(Object form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void aCompletePersonIsValid_S2() {
        assertTrue(problems(person("Ada", "Lovelace", LocalDate.of(1990, 12, 10), List.of("ada@example.org"),
                Set.of(SubjectCategory.JOB_APPLICANT, SubjectCategory.REFEREE), false, null)).isEmpty());
    }

    @Test
    void namesCategoriesAndEmailsAreChecked_S2() {
        assertEquals(Set.of("Enter the given names.", "Enter the family name.", "Choose at least one category.",
                "Enter a valid email address, like name@example.org."),
                problems(person(" ", "", null, List.of("not-an-email"), Set.of(), false, null)));
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        assertEquals(Set.of("The date of birth cannot be in the future."),
                problems(person("Ada", "Lovelace", LocalDate.now().plusDays(1), List.of(),
                        Set.of(SubjectCategory.STAFF), false, null)));
    }

    @Test
    void doNotContactNeedsTheReason_S3() {
        assertEquals(Set.of("Give the reason the person asked not to be contacted."),
                problems(person("Ada", "Lovelace", null, List.of(), Set.of(SubjectCategory.CLIENT_CONTACT), true,
                        " ")));
        assertTrue(problems(person("Ada", "Lovelace", null, List.of(), Set.of(SubjectCategory.CLIENT_CONTACT),
                true, "Asked by phone")).isEmpty());
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
