package org.custos.security.internal;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.security.api.SecondFactorSetup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The second factor: codes of an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), one
 * step of clock drift either way, each code accepted once. With {@code custos.second-factor.required=true} (env
 * {@code CUSTOS_SECOND_FACTOR_REQUIRED}) the administrator and the DPM must have one.
 */
@ApplicationScoped
public class SecondFactors {

    static final int STEP_SECONDS = 30;
    private static final String ISSUER = "Custos";
    private static final Set<Role> REQUIRING = EnumSet.of(Role.ADMIN, Role.DPM);

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    @Inject
    @ConfigProperty(name = "custos.second-factor.required", defaultValue = "false")
    boolean required;

    @Inject
    Clock clock;

    boolean requiredFor(Set<Role> roles) {
        return required && roles.stream().anyMatch(REQUIRING::contains);
    }

    SecondFactorSetup newSetup(String username) {
        String secret = new DefaultSecretGenerator().generate();
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(STEP_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new SecondFactorSetup(secret, data.getUri(), Utils.getDataUriForImage(qr.generate(data),
                    qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step of now, on the application's clock. */
    long currentStep() {
        return clock.instant().getEpochSecond() / STEP_SECONDS;
    }

    /** The step whose code this is, if it is one of the current step's or its neighbours' and later than the last. */
    OptionalLong acceptedStep(String secret, String code, long lastStep) {
        return acceptedStep(codes, secret, code == null ? "" : code.strip(), currentStep(), lastStep);
    }

    static OptionalLong acceptedStep(CodeGenerator codes, String secret, String code, long currentStep,
            long lastStep) {
        for (long step = currentStep - 1; step <= currentStep + 1; step++) {
            if (step > lastStep && sameCode(generated(codes, secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static String generated(CodeGenerator codes, String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameCode(String expected, String typed) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                typed.getBytes(StandardCharsets.US_ASCII));
    }
}
