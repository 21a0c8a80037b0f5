package org.custos.security.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.junit.jupiter.api.Test;

class NewAccountValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Set<String> problems(NewAccount account) {
        return validator.validate(account).stream().map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }

    @Test
    void aWellFormedAccountIsValid_X1() {
        assertTrue(problems(new NewAccount("hr.jones", "Sam Jones", "amber-kettle-9", Set.of(Role.HR))).isEmpty());
    }

    @Test
    void userNameNameAndAtLeastOneRoleAreRequired_X1() {
        assertEquals(Set.of("The user name may contain letters, digits and . _ @ - only.",
                "Enter the person's name.", "Choose at least one role."),
                problems(new NewAccount("<b>x</b>", " ", "amber-kettle-9", Set.of())));
    }

    @Test
    void theEmailAddressForRemindersIsOptionalButMustBeOne() {
        assertTrue(problems(new NewAccount("hr.jones", "Sam Jones", "amber-kettle-9", Set.of(Role.HR),
                "sam.jones@example.org")).isEmpty());
        assertTrue(problems(new NewAccount("hr.jones", "Sam Jones", "amber-kettle-9", Set.of(Role.HR), "")).isEmpty());
        assertEquals(Set.of("Enter an email address such as name@example.org, or leave it empty."),
                problems(new NewAccount("hr.jones", "Sam Jones", "amber-kettle-9", Set.of(Role.HR), "sam.jones")));
        assertEquals(Set.of("Enter an email address such as name@example.org, or leave it empty."),
                problems(new NewAccount("hr.jones", "Sam Jones", "amber-kettle-9", Set.of(Role.HR), "sam@localhost")));
        assertEquals(Set.of("The email address must have at most 254 characters."), problems(new NewAccount(
                "hr.jones", "Sam Jones", "amber-kettle-9", Set.of(Role.HR), "a".repeat(250) + "@b.uk")));
    }
}
