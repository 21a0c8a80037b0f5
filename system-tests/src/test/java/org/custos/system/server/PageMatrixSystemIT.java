package org.custos.system.server;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.custos.complaints.api.Complaints;
import org.custos.protection.breaches.api.Breaches;
import org.custos.protection.notices.api.Notices;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.rights.api.RightsRequests;
import org.custos.recruitment.api.Applications;
import org.custos.recruitment.api.Campaigns;
import org.custos.relationships.api.Organisations;
import org.custos.security.api.AccountAdministration;
import org.custos.security.api.AccountConfirmations;
import org.custos.security.api.Approvals;
import org.custos.security.api.AuditTrail;
import org.custos.security.api.SensitiveData;
import org.custos.staff.api.HrCases;
import org.custos.staff.api.StaffAccounts;
import org.custos.staff.api.StaffFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The page matrix (issue 20, X1, X2) on Payara Server with the EAR as built: every page of the web module and every
 * servlet it serves, opened over HTTP as anonymous and as each role, with fixture ids, another hiring manager's,
 * handler's or member of staff's, ids that do not exist and ids that are not numbers. The checks are
 * {@link PageMatrix}'s, so that a class sharing one deployment can run them too.
 */
@ExtendWith(ArquillianExtension.class)
@Dependent
class PageMatrixSystemIT {

    /** What the probe carries for this test (here, and in {@link ServerSystemIT}'s one deployment). */
    static final List<Class<?>> PROBE = List.of(PageMatrixSystemIT.class, PageMatrix.class, PageMatrix.Beans.class,
            PageMatrix.Seen.class, PageMatrix.Answer.class, PageMatrix.Tally.class, FormClient.class, PageForms.class,
            TestAccounts.class, ReliabilityReport.class, ReliabilityReport.Figure.class, ArchiveBytes.class);

    @Deployment
    static EnterpriseArchive deployment() {
        return PageMatrix.withPagesAndServlets(EarDeployment.withProbe(PROBE.toArray(Class<?>[]::new)));
    }

    @EJB
    AccountAdministration accounts;

    @EJB
    AccountConfirmations confirmations;

    @EJB
    PeopleRegister register;

    @EJB
    Campaigns campaigns;

    @EJB
    Applications applications;

    @EJB
    Complaints complaints;

    @EJB
    StaffFiles staffFiles;

    @EJB
    HrCases hrCases;

    @EJB
    StaffAccounts staffAccounts;

    @EJB
    Organisations organisations;

    @EJB
    RightsRequests rightsRequests;

    @EJB
    Approvals approvals;

    @EJB
    SensitiveData sensitive;

    @EJB
    Breaches breaches;

    @EJB
    Notices notices;

    @EJB
    AuditTrail audit;

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    @Test
    void everyPageAndServletLetsInTheCallersOfItsRowOnlyAndEveryRefusalIsAudited_X1_X2() throws Exception {
        PageMatrix.check(new PageMatrix.Beans(accounts, confirmations, register, campaigns, applications, complaints,
                staffFiles, hrCases, staffAccounts, organisations, rightsRequests, approvals, sensitive, breaches,
                notices, audit, database), FormClient::insideTheServer, Path.of(PageMatrix.root()));
    }
}
