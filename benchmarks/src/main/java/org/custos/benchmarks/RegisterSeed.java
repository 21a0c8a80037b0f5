package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Fills the people register ({@code core_data_subject} with its email and category tables) in bulk, then moves
 * the id sequence past the seeded ids, so that the application's own inserts do not collide with them, adds them
 * to the register's size (which the application keeps with its own registrations), and lets the database gather
 * its statistics, as it would have on a register that grew over years.
 */
final class RegisterSeed {

    private static final List<String> SUBJECT_COLUMNS = List.of("id", "version", "given_names", "family_name",
            "search_name", "date_of_birth", "phone", "address_town", "address_country", "do_not_contact",
            "do_not_contact_reason", "do_not_contact_since", "restricted", "created_at", "created_by", "updated_at",
            "updated_by");
    /** The sequences' increment: the application allocates ids in blocks of this size (allocationSize). */
    private static final int BLOCK = 50;

    private RegisterSeed() {
    }

    /** How long the seeding took. */
    static Duration seed(Database database, List<Person> people) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            BulkLoad bulk = database.bulk();
            bulk.load(connection, "core_data_subject", SUBJECT_COLUMNS, people.stream().map(RegisterSeed::subject));
            bulk.load(connection, "core_subject_email", List.of("subject_id", "email"),
                    people.stream().map(person -> new Object[] {person.id(), person.email()}));
            bulk.load(connection, "core_subject_category", List.of("subject_id", "category"),
                    people.stream().map(person -> new Object[] {person.id(), person.category().name()}));
            try (Statement statement = connection.createStatement()) {
                long next = (people.size() / BLOCK + 2L) * BLOCK;
                statement.execute("alter sequence core_data_subject_seq restart with " + next);
                statement.execute("update core_register_size set people = people + " + people.size());
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Object[] subject(Person person) {
        return new Object[] {person.id(), 0L, person.givenNames(), person.familyName(), person.searchName(),
                person.dateOfBirth(), person.phone(), person.town(), "United Kingdom", person.doNotContact(),
                person.doNotContact() ? "Asked by letter" : null,
                person.doNotContact() ? person.createdAt().toLocalDate() : null, false, person.createdAt(),
                SeededPeople.SEEDED_BY, person.createdAt(), SeededPeople.SEEDED_BY};
    }
}
