package org.custos.protection.purposes.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.Schedule1Condition;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.junit.jupiter.api.Test;

/** Which mandatory fields of the record of processing a purpose lacks (Art 30(1), DPA 2018 Sch 1 Part 4). */
class Article30CompletenessTest {

    private static PurposeForm purpose(SpecialCategoryCondition condition) {
        return new PurposeForm(1L, 0, "Employment", "Running the employment relationship", LawfulBasis.CONTRACT,
                null, null, null, condition, LocalDate.of(2027, 6, 30), null, null, "staff");
    }

    private static Article30Form complete(Schedule1Condition schedule1, String policy) {
        return new Article30Form(0, "Human resources", null, null, "Encrypted at rest, access by role",
                "Our database in London", policy, schedule1, null);
    }

    @Test
    void aPurposeWithItsTypedFieldsIsComplete_Art30() {
        assertEquals(List.of(), Article30Completeness.missingTyped(purpose(null), complete(null, null)));
        assertEquals("", Article30Completeness.inWords(List.of()));
    }

    @Test
    void aBlankPurposeNamesEveryTypedFieldInWords_Art30() {
        Article30Form blank = new Article30Form(0, " ", null, null, null, null, null, null, null);
        List<String> missing = Article30Completeness.missingTyped(purpose(null), blank);
        assertEquals(List.of("the business function", "the security measures", "the location of the data"), missing);
        assertEquals("incomplete: the business function, the security measures and the location of the data",
                Article30Completeness.inWords(missing));
    }

    @Test
    void whatTheRecordsDoNotTellIsMissing_Art30() {
        assertEquals(List.of("the categories of individuals", "the categories of personal data",
                "the retention schedule"), Article30Completeness.missing(purpose(null), complete(null, null),
                        new Article30Completeness.RecordsShow(false, false, false, false)));
    }

    @Test
    void specialCategoryDataInTheRecordsNeedsItsArticle9Condition_Art30_L4() {
        Article30Completeness.RecordsShow special = new Article30Completeness.RecordsShow(true, true, true, true);
        assertEquals(List.of("the Article 9 condition for special-category data"),
                Article30Completeness.missing(purpose(null), complete(null, null), special));
        assertEquals(List.of(), Article30Completeness.missing(purpose(SpecialCategoryCondition.EXPLICIT_CONSENT),
                complete(null, null), special));
    }

    @Test
    void employmentLawDataNeedsItsSchedule1ConditionAndThePolicy_Sch1() {
        assertEquals(List.of("the DPA 2018 Schedule 1 condition"), Article30Completeness
                .missingTyped(purpose(SpecialCategoryCondition.EMPLOYMENT_LAW), complete(null, null)));
        assertEquals(List.of("the link to the retention and erasure policy"), Article30Completeness
                .missingTyped(purpose(SpecialCategoryCondition.EMPLOYMENT_LAW),
                        complete(Schedule1Condition.EMPLOYMENT, null)));
        assertEquals(List.of(), Article30Completeness.missingTyped(purpose(SpecialCategoryCondition.EMPLOYMENT_LAW),
                complete(Schedule1Condition.EMPLOYMENT, "Appropriate policy document, intranet/policies/apd")));
        assertEquals(List.of(), Article30Completeness.missingTyped(purpose(SpecialCategoryCondition.EXPLICIT_CONSENT),
                complete(null, null)), "explicit consent needs no Schedule 1 condition");
    }

    @Test
    void aJointControllerComesWithTheirContactDetails_Art30() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Article30Form nameOnly = new Article30Form(0, "HR", "Group Ltd", null, "Encrypted", "London", null, null,
                null);
        assertEquals(List.of("the joint controller's contact details"),
                Article30Completeness.missingTyped(purpose(null), nameOnly));
        assertEquals("Give the joint controller's name and contact details together, or neither.",
                validator.validate(nameOnly).iterator().next().getMessage());
        Article30Form tooLong = new Article30Form(0, "x".repeat(Article30Limits.NAME + 1), null, null, null, null,
                null, null, null);
        assertEquals("The business function must have at most 200 characters.",
                validator.validate(tooLong).iterator().next().getMessage());
    }
}
