package org.custos.relationships.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;
import org.junit.jupiter.api.Test;

class ProcessorChangesTest {

    @Test
    void aProcessorServesOnlyPurposesOnTheList_X4_L1() {
        assertEquals(Optional.of("Choose the purposes the processor serves from the purposes list."),
                ProcessorChanges.refusal(Set.of(1L, 99L), Set.of(1L, 2L)));
        assertTrue(ProcessorChanges.refusal(Set.of(1L, 2L), Set.of(1L, 2L, 3L)).isEmpty());
    }

    @Test
    void aSubProcessorIsAnotherOrganisationNamedOnce_X4() {
        assertEquals(Optional.of("A processor cannot be its own sub-processor."),
                ProcessorChanges.subProcessorRefusal(7L, Set.of(), 7L));
        assertEquals(Optional.of("This organisation is already recorded as its sub-processor."),
                ProcessorChanges.subProcessorRefusal(7L, Set.of(8L), 8L));
        assertTrue(ProcessorChanges.subProcessorRefusal(7L, Set.of(8L), 9L).isEmpty());
    }

    @Test
    void whoseDataAProcessorReceivesIsSaidByTheRegistersCategoriesOrANote_X4() {
        assertEquals(Optional.of("Choose the categories of people whose data it receives, or describe them in the"
                + " note."), ProcessorChanges.peopleRefusal(Set.of(), "  "));
        assertEquals(Optional.of("Choose the categories of people whose data it receives, or describe them in the"
                + " note."), ProcessorChanges.peopleRefusal(Set.of(), null));
        assertTrue(ProcessorChanges.peopleRefusal(Set.of(SubjectCategory.STAFF), null).isEmpty());
        assertTrue(ProcessorChanges.peopleRefusal(Set.of(), "Visitors to our website").isEmpty());
    }
}
