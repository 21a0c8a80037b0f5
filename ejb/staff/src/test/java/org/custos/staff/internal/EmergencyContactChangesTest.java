package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmergencyContactChangesTest {

    @Test
    void someoneElseNotYetAContactIsAdded_T1() {
        assertEquals(Optional.empty(), EmergencyContactChanges.refusal(1, List.of(2L), 3));
    }

    @Test
    void aMemberOfStaffIsNotTheirOwnEmergencyContact_T1() {
        assertEquals(Optional.of("A member of staff cannot be their own emergency contact."),
                EmergencyContactChanges.refusal(1, List.of(), 1));
    }

    @Test
    void aContactIsNotAddedTwice_T1() {
        assertEquals(Optional.of("This person is already an emergency contact in this staff file."),
                EmergencyContactChanges.refusal(1, List.of(2L, 3L), 3));
    }
}
