package org.custos.testsupport;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.custos.domain.shared.OrganisationTime;

/**
 * A version of a privacy notice issued once and since replaced (N1), for the tests that record what a person was
 * told: a consent names such a version (L2). Put in by SQL, once per database, with an id no sequence reaches.
 */
public final class IssuedNotice {

    public static final long VERSION_ID = 900_000_001L;

    private IssuedNotice() {
    }

    /** The version's id, issued (and put in by this call if it is not there yet). */
    public static long versionId(DataSource database) throws SQLException {
        LocalDateTime now = LocalDateTime.now();
        Sql.execute(database, "insert into prot_notice_version (id, version, notice_id, version_number, state, body,"
                + " created_at, created_by, updated_at, updated_by, approved_at, approved_by, issued_at, issued_by,"
                + " withdrawn_at) select ?, 0, 6, 9001, 'WITHDRAWN', '<p>How we use your data.</p>', ?, 'test', ?,"
                + " 'test', ?, 'test', ?, 'test', ? where not exists (select 1 from prot_notice_version where id = ?)",
                VERSION_ID, now, now, now, now, now, VERSION_ID);
        return VERSION_ID;
    }

    /** How a form offers the version: "Website visitors, version 9001, issued 7 December 2026". */
    public static String choice(DataSource database) throws SQLException {
        versionId(database);
        LocalDate issued = LocalDate.parse(Sql.column(database, "select cast(issued_at as date) from"
                + " prot_notice_version where id = ?", VERSION_ID).get(0));
        return "Website visitors, version 9001, issued " + OrganisationTime.DAY.format(issued);
    }
}
