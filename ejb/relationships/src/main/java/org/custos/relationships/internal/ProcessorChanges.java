package org.custos.relationships.internal;

import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.Countries;
import org.custos.domain.shared.SubjectCategory;

/**
 * What a processor's record may say (X4): the purposes it serves come from the purposes list; whose data it receives
 * is said, by the register's categories or a note (or both); its countries and its sub-processors' are countries by
 * name; a sub-processor is another organisation, named once.
 */
final class ProcessorChanges {

    private ProcessorChanges() {
    }

    /** Why the purposes chosen cannot be recorded, or nothing when they can. */
    static Optional<String> refusal(Set<Long> chosenPurposes, Set<Long> knownPurposes) {
        return knownPurposes.containsAll(chosenPurposes) ? Optional.empty()
                : Optional.of("Choose the purposes the processor serves from the purposes list.");
    }

    /** Why whose data the processor receives cannot be recorded (neither a category nor a note), or nothing. */
    static Optional<String> peopleRefusal(Set<SubjectCategory> categories, String note) {
        return categories.isEmpty() && (note == null || note.isBlank())
                ? Optional.of("Choose the categories of people whose data it receives, or describe them in the note.")
                : Optional.empty();
    }

    /** Why countries as typed cannot be recorded (a word names no country), or nothing when they can. */
    static Optional<String> countriesRefusal(Countries.Reading countries) {
        return countries.unknown().isEmpty() ? Optional.empty() : Optional.of("We do not know the country \""
                + countries.unknown().get(0) + "\": enter the countries by their names, separated by commas.");
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
