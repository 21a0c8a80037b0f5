package org.custos.protection.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.custos.domain.shared.Role;
import org.custos.protection.api.Purposes;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The protection context on Payara Micro with only its declared dependencies (security, domain), on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ProtectionContextIT {

    @Deployment
    static WebArchive deployment() {
        return ContextDeployment.war("protection", ProtectionContextIT.class);
    }

    @Inject
    private Purposes purposes;

    @Test
    void everyAccountReadsTheSeededPurposes_L1() throws Exception {
        assertEquals(7, Callers.as(Role.HIRING_MANAGER, purposes::purposes).size());
    }

    @Test
    void aCallerWithoutARoleIsRefused() {
        assertThrows(EJBAccessException.class, purposes::purposes);
    }
}
