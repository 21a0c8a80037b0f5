package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;

/**
 * The port through which the processor register, in a context that protection may not see, tells the breach data
 * map what each processor receives (X4, X5; ADR 0012). Not a facade: {@link BreachImpacts} checks the caller; an
 * application without the processor register has no implementation, and then no processors to pick.
 */
public interface ProcessorMap {

    /**
     * A processor as the data map needs it: the data categories as recorded, the register's categories of the
     * people whose data it receives, and the purposes it serves (a special-category condition on one flags it).
     */
    record MappedProcessor(long organisationId, String name, String dataCategories,
            Set<SubjectCategory> peopleHandled, Set<Long> purposeIds) implements Serializable {

        public MappedProcessor {
            peopleHandled = Set.copyOf(peopleHandled);
            purposeIds = Set.copyOf(purposeIds);
        }
    }

    /** Every processor in the register, by name. */
    List<MappedProcessor> processors();
}
