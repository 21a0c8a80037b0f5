package org.custos.relationships.internal;

import java.util.Optional;
import java.util.Set;

/** What a processor's record may say (X4): the purposes it serves come from the purposes list. */
final class ProcessorChanges {

    private ProcessorChanges() {
    }

    /** Why the purposes chosen cannot be recorded, or nothing when they can. */
    static Optional<String> refusal(Set<Long> chosenPurposes, Set<Long> knownPurposes) {
        return knownPurposes.containsAll(chosenPurposes) ? Optional.empty()
                : Optional.of("Choose the purposes the processor serves from the purposes list.");
    }
}
