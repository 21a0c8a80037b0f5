package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessorChangesTest {

    @Test
    void aProcessorServesOnlyPurposesOnTheList_X4_L1() {
        assertEquals(Optional.of("Choose the purposes the processor serves from the purposes list."),
                ProcessorChanges.refusal(Set.of(1L, 99L), Set.of(1L, 2L)));
        assertTrue(ProcessorChanges.refusal(Set.of(1L, 2L), Set.of(1L, 2L, 3L)).isEmpty());
    }
}
