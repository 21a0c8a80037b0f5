package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Which codes of an authenticator app are accepted (TOTP, RFC 6238). */
class SecondFactorsTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", base32. */
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    /** Its code at 59 s after the epoch (step 1), the last six of the RFC's 94287082. */
    private static final String CODE_OF_STEP_1 = "287082";

    private static OptionalLong accepted(String code, long currentStep, long lastStep) {
        return SecondFactors.acceptedStep(new DefaultCodeGenerator(), SECRET, code, currentStep, lastStep);
    }

    @Test
    void theCodeOfTheCurrentStepOrOneStepEitherWayIsAccepted() {
        assertEquals(OptionalLong.of(1), accepted(CODE_OF_STEP_1, 1, Long.MIN_VALUE));
        assertEquals(OptionalLong.of(1), accepted(CODE_OF_STEP_1, 0, Long.MIN_VALUE));
        assertEquals(OptionalLong.of(1), accepted(CODE_OF_STEP_1, 2, Long.MIN_VALUE));
        assertEquals(OptionalLong.empty(), accepted(CODE_OF_STEP_1, 3, Long.MIN_VALUE), "too late");
        assertEquals(OptionalLong.empty(), accepted("287083", 1, Long.MIN_VALUE));
        assertEquals(OptionalLong.empty(), accepted("", 1, Long.MIN_VALUE));
    }

    @Test
    void aCodeIsAcceptedOnceOnly() {
        assertEquals(OptionalLong.empty(), accepted(CODE_OF_STEP_1, 1, 1));
        assertEquals(OptionalLong.empty(), accepted(CODE_OF_STEP_1, 2, 2), "nor one older than the last used");
    }
}
