package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withCommonPasswords();

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        assertEquals(Optional.of("The password must have at least 12 characters."),
                policy.problem("Tr0ub4dor&3", "alice"));
    }

    @Test
    void twelveCharactersAreEnough() {
        assertTrue(policy.problem("amber-kettle-9", "alice").isEmpty());
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals(Optional.of("This password is one of the most common passwords; choose another."),
                policy.problem("QWERTY123456", "alice"));
        assertEquals(Optional.of("This password is one of the most common passwords; choose another."),
                policy.problem("1qaz2wsx3edc", "alice"));
    }

    @Test
    void passwordsContainingTheUserNameAreRefused() {
        assertEquals(Optional.of("The password must not contain the user name."),
                policy.problem("my-name-is-Alice!", "alice"));
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertEquals(Optional.of("The password must have at most 128 characters."),
                policy.problem("x".repeat(129), "alice"));
    }
}
