package org.custos.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void aBodyPastTheLimitIsFoundHoweverTheReaderWrappedIt() {
        assertTrue(BodyLimit.causedBy(new ProcessingException(new JsonbException("x", new BodyLimit.TooLarge()))));
        assertFalse(BodyLimit.causedBy(new ProcessingException(new JsonbException("not JSON"))));
    }
}
