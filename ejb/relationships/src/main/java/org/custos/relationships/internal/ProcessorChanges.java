package org.custos.relationships.internal;

import java.util.Optional;
import java.util.Set;

/**
 * What a processor's record may say (X4): the purposes it serves come from the purposes list; a sub-processor is
 * another organisation, named once.
 */
final class ProcessorChanges {

    private ProcessorChanges() {
    }

    /** Why the purposes chosen cannot be recorded, or nothing when they can. */
    static Optional<String> refusal(Set<Long> chosenPurposes, Set<Long> knownPurposes) {
        return knownPurposes.containsAll(chosenPurposes) ? Optional.empty()
                : Optional.of("Choose the purposes the processor serves from the purposes list.");
    }

    /** Why the organisation cannot be the processor's sub-processor, or nothing when it can. */
    static Optional<String> subProcessorRefusal(long processorOrganisationId, Set<Long> subProcessorIds,
            long organisationId) {
        if (organisationId == processorOrganisationId) {
            return Optional.of("A processor cannot be its own sub-processor.");
        }
        return subProcessorIds.contains(organisationId)
                ? Optional.of("This organisation is already recorded as its sub-processor.") : Optional.empty();
    }
}
