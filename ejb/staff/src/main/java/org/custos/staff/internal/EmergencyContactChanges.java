package org.custos.staff.internal;

import java.util.Collection;
import java.util.Optional;

/** Who may be added as a member of staff's emergency contact: someone else, and not twice. */
final class EmergencyContactChanges {

    private EmergencyContactChanges() {
    }

    /**
     * Why {@code contact} may not be added to the file of {@code member}, whose contacts are {@code current}, or
     * empty when they may.
     */
    static Optional<String> refusal(long member, Collection<Long> current, long contact) {
        if (contact == member) {
            return Optional.of("A member of staff cannot be their own emergency contact.");
        }
        if (current.contains(contact)) {
            return Optional.of("This person is already an emergency contact in this staff file.");
        }
        return Optional.empty();
    }
}
