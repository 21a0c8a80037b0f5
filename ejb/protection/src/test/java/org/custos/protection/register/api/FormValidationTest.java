package org.custos.protection.register.api;

import static org.custos.protection.testsupport.People.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.BreachLikelihood;
import org.custos.domain.shared.BreachSeverity;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.OrganisationTime;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachReportForm;
import org.custos.protection.breaches.api.PeopleToldForm;
import org.custos.protection.calendar.api.BankHolidayForm;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.testsupport.BreachForms;
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
    void aDateOfBirthBefore1900IsRefused() {
        assertEquals(Set.of("The date of birth cannot be before 1900."),
                problems(ada().born(LocalDate.of(1899, 12, 31)).as(SubjectCategory.STAFF).form()));
    }

    @Test
    void breachTimesBefore1900OrInTheFutureAreRefused_X5() {
        LocalDateTime now = LocalDateTime.now(OrganisationTime.ZONE);
        assertEquals(Set.of("The time the breach happened cannot be before 1900."),
                problems(BreachForms.aLostLaptop("Laptop", LocalDateTime.of(1900, 1, 1, 3, 0),
                        BreachLikelihood.LIKELY, BreachSeverity.SEVERE, Set.of())));
        assertEquals(Set.of("The time the organisation became aware of the breach cannot be in the future."),
                problems(BreachForms.aLostLaptop("Laptop", now.plusHours(1), BreachLikelihood.LIKELY,
                        BreachSeverity.SEVERE, Set.of())));
        assertEquals(Set.of("The time of the report to the ICO cannot be in the future."),
                problems(new BreachReportForm(now.plusDays(1), "ICO/1", null)));
        assertEquals(Set.of("The time the people affected were told cannot be before 1900."),
                problems(new PeopleToldForm(LocalDateTime.of(1800, 1, 1, 9, 0), "Letter", null)));
    }

    @Test
    void aBankHolidayMoreThanACenturyAheadIsRefused() {
        int latest = LocalDate.now(OrganisationTime.ZONE).getYear() + 100;
        assertEquals(Set.of("The bank holiday cannot be after " + latest + "."),
                problems(new BankHolidayForm(LocalDate.of(latest + 1, 5, 3), "May Day")));
        assertTrue(problems(new BankHolidayForm(LocalDate.of(latest, 5, 3), "May Day")).isEmpty());
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
