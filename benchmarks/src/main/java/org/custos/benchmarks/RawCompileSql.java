package org.custos.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The raw SQL baseline of compiling a response (D3): with plain JDBC, every row the contexts' holders read about one
 * compiled person (their register entry, emails and categories, disclosures, stopped purposes and legal holds;
 * their applications with campaigns, documents' descriptions, assessments, references, offers, emergency contacts
 * and talent-pool consents, and where they are named as a referee or contact; their special-category records and
 * approvals) and the request itself. No decryption, no writing of the review items. The person varies from run to
 * run among the compiled people.
 */
final class RawCompileSql {

    static final String FIGURE = DpmJourney.COMPILE;

    private static final String APPLICATIONS = " join rec_application a on a.id = x.application_id"
            + " where a.subject_id = ? order by x.id";
    private static final List<String> BY_PERSON = List.of(
            "select * from core_data_subject where id = ?",
            "select email from core_subject_email where subject_id = ?",
            "select category from core_subject_category where subject_id = ?",
            "select * from prot_disclosure where subject_id = ? order by disclosed_on, id",
            "select * from prot_purpose_stop where subject_id = ?",
            "select * from prot_legal_hold where subject_id = ? order by placed_on, id",
            "select a.*, c.title, c.job_role, c.opens_on, c.closes_on from rec_application a"
                    + " join rec_campaign c on c.id = a.campaign_id where a.subject_id = ? order by a.id",
            "select x.id, x.application_id, x.kind, x.file_name, x.media_type, x.size_bytes, x.sha256,"
                    + " x.uploaded_at from rec_document x" + APPLICATIONS,
            "select x.* from rec_assessment x" + APPLICATIONS,
            "select x.* from rec_reference x" + APPLICATIONS,
            "select x.* from rec_final_offer x" + APPLICATIONS.replace("x.id", "x.application_id"),
            "select x.* from rec_emergency_contact x" + APPLICATIONS,
            "select x.* from rec_talent_pool_consent x" + APPLICATIONS.replace("x.id", "x.application_id"),
            "select * from rec_reference where referee_subject_id = ?",
            "select * from rec_emergency_contact where subject_id = ?",
            "select * from sec_sensitive_record where subject_id = ? order by recorded_at, id",
            "select * from sec_approval where subject_id = ? order by requested_at, id");

    private final Connection connection;
    private final int compiled;

    RawCompileSql(Connection connection, int compiled) {
        this.connection = connection;
        this.compiled = compiled;
    }

    Timing measure(int runs) throws Exception {
        return Timing.of(FIGURE, runs, run -> read(run % compiled));
    }

    private void read(int index) throws SQLException {
        long person = index + 1L;
        for (String sql : BY_PERSON) {
            rows(sql, person);
        }
        rows("select * from prot_rights_request where id = ?", SeededHoldings.compileRequest(index));
    }

    private void rows(String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
            }
        }
    }
}
