package org.custos.protection.breaches.api;

import java.io.Serializable;
import java.util.List;

/**
 * A breach's data map (X5): one row per processor or system chosen, and the figures proposed for the breach form
 * from them.
 */
public record BreachImpact(List<Row> rows, Proposal proposal) implements Serializable {

    public BreachImpact {
        rows = List.copyOf(rows);
    }

    /**
     * What one processor or system holds: the categories of people and of data, the special-category and
     * criminal-records data among them (L4), and how many people, counted in the register.
     *
     * @param note why a number may be missing (a processor whose people are not recorded), or null
     */
    public record Row(String name, boolean processor, List<String> peopleCategories, List<String> dataCategories,
            List<String> sensitiveData, long people, String note) implements Serializable {

        public Row {
            peopleCategories = List.copyOf(peopleCategories);
            dataCategories = List.copyOf(dataCategories);
            sensitiveData = List.copyOf(sensitiveData);
        }
    }

    /**
     * The figures proposed for the breach form: the processors and systems, the categories of people and of data
     * (each once, the special-category and criminal-records data last), the people affected counted once each however many places hold them, and whether
     * special-category or criminal-records data is involved.
     */
    public record Proposal(String systems, String peopleCategories, String dataCategories, int approxPeople,
            List<String> sensitiveData) implements Serializable {

        public Proposal {
            sensitiveData = List.copyOf(sensitiveData);
        }

        public boolean sensitive() {
            return !sensitiveData.isEmpty();
        }
    }
}
