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
import javax.sql.DataSource;
import org.custos.domain.shared.Role;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The security context alone on Payara Micro with PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class SecurityContextIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("security", SecurityContextIT.class, HrOnlyProbe.class);
    }

    @Resource(lookup = "jdbc/custos")
    private DataSource dataSource;

    @EJB
    private HrOnlyProbe hrOnly;

    @Test
    void theSchemaIsMigratedAtDeployment() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from prot_purpose")) {
            count.next();
            assertEquals(7, count.getInt(1));
        }
    }

    @Test
    void debug() throws Exception {
        System.out.println("DEBUG-RUNAS " + Callers.as(Role.HR, hrOnly::debug) + " / " + Callers.as(Role.ADMIN, hrOnly::debug) + " / " + hrOnly.debug());
    }

    @Test
    void hrPassesAnHrOnlyCheckUnderItsOwnName() throws Exception {
        assertEquals("hr-tester", Callers.as(Role.HR, hrOnly::callerName));
    }

    @Test
    void anAdministratorIsRefusedAnHrOnlyCheck() {
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.ADMIN, hrOnly::callerName));
    }
}
