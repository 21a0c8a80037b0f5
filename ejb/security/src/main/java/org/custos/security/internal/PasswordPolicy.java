package org.custos.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (ASVS 2.1): at least 12 characters, at most 128, not one of the common passwords
 * shipped with the application, and not the user name.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy withCommonPasswords() {
        Set<String> common = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.startsWith("#")).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(Set.copyOf(common));
    }

    /** Why the password is refused, or empty when it is acceptable. */
    Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("The password must have at least " + MINIMUM_LENGTH + " characters.");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("The password must have at most " + MAXIMUM_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("This password is one of the most common passwords; choose another.");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        return Optional.empty();
    }
}
