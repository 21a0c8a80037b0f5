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
 * approvals; their staff files with engagements and line managers' names, bank details, emergency contacts with
 * their names, HR cases with handlers, notes, meetings and documents' descriptions, checks, documents'
 * descriptions, hires waiting for a file, and where they are named as a member of staff's contact) and the request
 * itself. No decryption, no writing of the review items. The person varies from run to
 * run among the compiled people.
 */
final class RawCompileSql {

    static final String FIGURE = DpmJourney.COMPILE;

    private static final String APPLICATIONS = " join rec_application a on a.id = x.application_id"
            + " where a.subject_id = ? order by x.id";
    private static final String FILES = " join stf_staff_file f on f.id = x.staff_file_id"
            + " where f.subject_id = ? order by x.id";
    private static final String CASES = " join stf_case k on k.id = x.case_id join stf_staff_file f"
            + " on f.id = k.staff_file_id where f.subject_id = ? order by x.id";
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
            "select * from prot_consent where subject_id = ? order by given_on desc, id desc",
            "select * from rec_reference where referee_subject_id = ?",
            "select * from rec_emergency_contact where subject_id = ?",
            "select * from sec_sensitive_record where subject_id = ? order by recorded_at, id",
            "select * from sec_approval where subject_id = ? order by requested_at, id",
            "select * from stf_staff_file where subject_id = ? order by id",
            "select x.*, m.given_names, m.family_name from stf_engagement x"
                    + " left join stf_staff_file l on l.id = x.line_manager_file_id"
                    + " left join core_data_subject m on m.id = l.subject_id" + FILES,
            "select x.* from stf_bank_details x" + FILES.replace("x.id", "x.staff_file_id"),
            "select x.*, c.given_names, c.family_name from stf_emergency_contact x"
                    + " join core_data_subject c on c.id = x.subject_id" + FILES,
            "select x.* from stf_case x" + FILES,
            "select x.* from stf_case_handler x join stf_case k on k.id = x.case_id" + FILES.replace("x.", "k."),
            "select x.* from stf_case_note x" + CASES,
            "select x.* from stf_case_meeting x" + CASES,
            "select x.id, x.file_name, x.media_type, x.size_bytes, x.sha256, x.uploaded_at from stf_case_document x"
                    + CASES,
            "select x.* from stf_right_to_work x" + FILES,
            "select x.* from stf_conflict_declaration x" + FILES,
            "select x.* from stf_security_clearance x" + FILES,
            "select x.id, x.kind, x.file_name, x.media_type, x.size_bytes, x.sha256, x.uploaded_at"
                    + " from stf_document x" + FILES,
            "select * from stf_pending_hire where subject_id = ?",
            "select * from stf_emergency_contact where subject_id = ? order by id");

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
