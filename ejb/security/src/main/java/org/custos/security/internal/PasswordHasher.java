package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations: OWASP 2023). */
@ApplicationScoped
public class PasswordHasher {

    /** Verified when the user name is unknown, so that a login takes as long either way. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash == null ? decoy : hash);
    }
}
