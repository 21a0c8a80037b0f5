package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The security context alone on Payara Micro, with only its declared dependencies, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SecurityContextIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("security", SecurityContextIT.class, HrOnlyProbe.class);
    }

    @Resource(lookup = "jdbc/custos")
    private DataSource database;

    @EJB
    private HrOnlyProbe hrOnly;

    @Test
    void theSchemaIsMigratedAtDeploymentWithTheUsualPurposes() throws SQLException {
        assertEquals(List.of("7"), column("select count(*) from prot_purpose"));
    }

    @Test
    void theFirstAdministratorComesFromConfiguration() throws SQLException {
        assertEquals(List.of(ContextDeployment.ADMIN_USER + " ADMIN"), column(
                "select a.username || ' ' || r.role from sec_account a join sec_account_role r on r.account_id = a.id"));
    }

    @Test
    void hrPassesAnHrOnlyCheckUnderItsOwnName() throws Exception {
        assertEquals(Callers.principal(Role.HR), Callers.as(Role.HR, hrOnly::callerName));
        assertEquals("hr-tester", Callers.principal(Role.HR));
    }

    @Test
    void anAdministratorIsRefusedAnHrOnlyCheck() {
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, hrOnly::callerName));
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
