package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.custos.domain.shared.OrganisationTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Today" in a facade's constraints is London's, whatever zone the server's clock runs in. */
class ArgumentValidationTest {

    /** 00:30 on 16 June 2026 in London (British Summer Time), still 15 June in UTC. */
    private static final Instant HALF_PAST_MIDNIGHT_IN_SUMMER = Instant.parse("2026-06-15T23:30:00Z");

    private static ValidatorFactory factory;

    @BeforeAll
    static void factory() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** A facade method that refuses days in the future. */
    public void received(@PastOrPresent(message = "The day cannot be in the future.") LocalDate on) {
    }

    @Test
    void aRequestReceivedTodayInLondonIsNotInTheFutureJustAfterMidnightInSummerTime_D2() throws Exception {
        ArgumentValidation validation = new ArgumentValidation();
        validation.validators = factory;
        validation.clock = Clock.fixed(HALF_PAST_MIDNIGHT_IN_SUMMER, OrganisationTime.ZONE);
        Method received = getClass().getMethod("received", LocalDate.class);

        assertTrue(validation.violations(this, received, new Object[] {LocalDate.of(2026, 6, 16)}).isEmpty());
        assertEquals("The day cannot be in the future.", validation.violations(this, received,
                new Object[] {LocalDate.of(2026, 6, 17)}).iterator().next().getMessage());
    }
}
