package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.custos.domain.shared.SearchText;

/**
 * The raw SQL baselines: with plain JDBC, what each screen of the journeys needs from the database, no more. A page
 * of people is its rows, their emails and categories (one query each for the page's ids) and the count of matches;
 * a person's page is the row, its emails and categories, and its audit history (the entries about the person and
 * those of the lists that showed them, X2). Parameters vary from run to run so that no cache answers a repeat.
 */
final class RawSql {

    static final int PAGE_SIZE = 25;
    /** How many of the commonest given names the name searches take turns with. */
    static final int COMMON_NAMES = 5;

    private static final String COLUMNS = "id, version, given_names, family_name, search_name, date_of_birth, phone,"
            + " address_line1, address_line2, address_town, address_postcode, address_country, do_not_contact,"
            + " do_not_contact_reason, do_not_contact_since, restricted, created_at, created_by, updated_at,"
            + " updated_by";
    private static final String LIKE_NAME = " where search_name like ?" + SearchText.ESCAPE;

    private final Connection connection;
    private final int people;

    RawSql(Connection connection, int people) {
        this.connection = connection;
        this.people = people;
    }

    /** Each baseline by the figure it is the baseline of ({@link Journey}'s request names). */
    Map<String, Timing> measure(int runs) throws Exception {
        Map<String, Timing> timings = new LinkedHashMap<>();
        add(timings, Timing.of(Journey.SEARCH_PAGE, runs, run -> {
            page("", List.of(), byName(run % 2 == 0), 0);
            count("", List.of());
        }));
        add(timings, Timing.of(Journey.NEXT_PAGE, runs, run -> {
            page("", List.of(), byName(run % 2 == 0), PAGE_SIZE * (1 + run % 4));
            count("", List.of());
        }));
        add(timings, Timing.of(Journey.SORT_BY_BIRTH, runs, run -> {
            page("", List.of(), " order by date_of_birth" + direction(run % 2 == 0) + ", id", 0);
            count("", List.of());
        }));
        add(timings, Timing.of(Journey.NAME_SEARCH, runs, run -> {
            List<Object> name = List.of(SearchText.anywhere(SearchText.folded(commonName(run))));
            page(LIKE_NAME, name, byName(true), 0);
            count(LIKE_NAME, name);
        }));
        Random ids = new Random(runs);
        add(timings, Timing.of(Journey.OPEN_PERSON, runs, run -> person(1 + ids.nextInt(people))));
        return timings;
    }

    /** The name a run searches for: the commonest names in turn, typed in varying case. */
    static String commonName(int run) {
        String name = SeededPeople.commonGivenNames(COMMON_NAMES).get(run % COMMON_NAMES);
        return run / COMMON_NAMES % 2 == 0 ? name : name.toUpperCase(java.util.Locale.ROOT);
    }

    private static void add(Map<String, Timing> timings, Timing timing) {
        timings.put(timing.figure(), timing);
    }

    private static String byName(boolean ascending) {
        String direction = direction(ascending);
        return " order by family_name" + direction + ", given_names" + direction + ", id";
    }

    private static String direction(boolean ascending) {
        return ascending ? " asc" : " desc";
    }

    private void page(String where, List<Object> parameters, String order, int first) throws SQLException {
        List<Object> ids = new ArrayList<>();
        List<Object> page = new ArrayList<>(parameters);
        page.add(PAGE_SIZE);
        page.add(first);
        read("select " + COLUMNS + " from core_data_subject" + where + order + " limit ? offset ?", page, ids);
        collections(ids);
    }

    private void count(String where, List<Object> parameters) throws SQLException {
        read("select count(*) from core_data_subject" + where, parameters, new ArrayList<>());
    }

    private void collections(List<Object> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String in = " in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        read("select subject_id, email from core_subject_email where subject_id" + in, ids, new ArrayList<>());
        read("select subject_id, category from core_subject_category where subject_id" + in, ids, new ArrayList<>());
    }

    private void person(long id) throws SQLException {
        List<Object> subject = List.of(id);
        read("select " + COLUMNS + " from core_data_subject where id = ?", subject, new ArrayList<>());
        collections(List.of(id));
        List<Object> positions = new ArrayList<>();
        read("select position, occurred_at, actor, action, subject_id, record_type, record_id, purpose_id, outcome,"
                + " detail from sec_audit_entry where subject_id = ? or position in (select position from"
                + " sec_audit_entry_shown where subject_id = ?) order by position", List.of(id, id), positions);
        if (!positions.isEmpty()) {
            read("select position, subject_id from sec_audit_entry_shown where position in ("
                    + String.join(", ", Collections.nCopies(positions.size(), "?")) + ")", positions,
                    new ArrayList<>());
        }
    }

    /** Runs the query and reads every column of every row; the first column's values go to {@code firsts}. */
    private void read(String sql, List<Object> parameters, List<Object> firsts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    firsts.add(rows.getObject(1));
                    for (int column = 2; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }
    }
}
