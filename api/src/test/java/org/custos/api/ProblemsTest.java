package org.custos.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.RequestType;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.SentPerson;
import org.custos.protection.rights.api.ReceivedRequest;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void eachInvalidFieldIsNamedAsTheBodyNamesItWithTheIntranetsWords() throws NoSuchMethodException {
        ReceivedRequest request = new ReceivedRequest(new SentPerson("Ada", " ", "not an address", null),
                SubjectCategory.CLIENT_CONTACT, null, "A copy of my data.");
        Method send = RightsRequestIntake.class.getMethod("send", ReceivedRequest.class);
        Set<ConstraintViolation<RightsRequestIntake>> violations = validator.forExecutables()
                .validateParameters(new RightsRequestIntake(), send, new Object[] {request});

        Problem problem = Problems.invalid(violations);

        assertEquals(400, problem.status());
        assertEquals(Problems.INVALID_FIELDS, problem.type());
        assertEquals(List.of(
                new Problem.FieldProblem("person.email", "Enter a valid email address, like name@example.org."),
                new Problem.FieldProblem("person.familyName", "Enter the family name."),
                new Problem.FieldProblem("type", "Choose what the person asks for.")), problem.errors());
        assertEquals("Correct the fields listed and send it again.", problem.detail());
    }

    @Test
    void oneInvalidFieldIsAlsoTheDetailAndNoBodyIsTheBodysField() throws NoSuchMethodException {
        Method send = RightsRequestIntake.class.getMethod("send", ReceivedRequest.class);
        Problem problem = Problems.invalid(validator.forExecutables()
                .validateParameters(new RightsRequestIntake(), send, new Object[] {null}));

        assertEquals(List.of(new Problem.FieldProblem("body", "Send the request as a JSON body.")),
                problem.errors());
        assertEquals("Send the request as a JSON body.", problem.detail());
    }

    @Test
    void aPlainStatusIsTitledWithItsReasonAndHasNoFields() {
        Problem problem = Problems.status(415, "Send the body as application/json.");
        assertEquals("about:blank", problem.type());
        assertEquals("Unsupported Media Type", problem.title());
        assertNull(problem.errors());
    }

    @Test
    void aRequestOfTheWebsiteIsValidWithoutADateOfBirth() {
        assertEquals(Set.of(), validator.validate(new ReceivedRequest(new SentPerson("Ada", "Lovelace",
                "ada@example.org", null), SubjectCategory.CLIENT_CONTACT, RequestType.ACCESS, "A copy of my data.")));
    }
}
