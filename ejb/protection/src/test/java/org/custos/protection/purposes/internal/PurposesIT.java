package org.custos.protection.purposes.internal;

import static org.custos.testsupport.Failures.causedBy;
import static org.custos.testsupport.Names.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.custos.domain.shared.LawfulBasis;
import org.custos.domain.shared.Role;
import org.custos.protection.purposes.api.PurposeForm;
import org.custos.protection.purposes.api.PurposeView;
import org.custos.protection.purposes.api.Purposes;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.security.api.ConcurrentChange;
import org.custos.security.api.RequestRefused;
import org.custos.testsupport.Callers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Purposes on Payara Micro with PostgreSQL (L1, L3, D3): the seeded purposes everyone reads and only the DPM
 * changes, the records that serve a purpose, and the legitimate-interests assessment.
 */
@ExtendWith(ArquillianExtension.class)
class PurposesIT {

    @Deployment
    static WebArchive deployment() {
        return ProtectionDeployment.war();
    }

    @Inject
    Purposes purposes;

    @Test
    void everyAccountReadsTheSeededPurposesAndOnlyTheDpmChangesThem_L1() throws Exception {
        for (Role role : Role.values()) {
            assertEquals(8, Callers.as(role, purposes::purposes).size(), role.name());
        }
        PurposeView marketing = Callers.as(Role.DPM, purposes::purposes).stream()
                .filter(purpose -> purpose.definition().name().equals("Marketing")).findFirst().orElseThrow();
        assertTrue(marketing.seededDefault());
        PurposeForm described = edited(marketing.definition(), "Newsletters and events, by consent.",
                marketing.definition().context());
        assertThrows(EJBAccessException.class, () -> Callers.as(Role.HR, () -> purposes.save(described)));
        PurposeView saved = Callers.as(Role.DPM, () -> purposes.save(described));
        assertEquals("Newsletters and events, by consent.", saved.definition().description());
        assertThrows(ConcurrentChange.class, () -> Callers.as(Role.DPM, () -> purposes.save(described)));
    }

    @Test
    void aPurposeIsServedByTheRecordsOfAKnownContextOrOfNone_D3() throws Exception {
        PurposeForm suppliers = Callers.as(Role.DPM, purposes::purposes).stream()
                .map(PurposeView::definition).filter(form -> form.name().equals("Supplier management")).findFirst()
                .orElseThrow();
        assertEquals("relationships", suppliers.context());
        RequestRefused unknown = assertThrows(RequestRefused.class, () -> Callers.as(Role.DPM,
                () -> purposes.save(edited(suppliers, suppliers.description(), "payroll bureau"))));
        assertEquals("Choose the records that serve the purpose from the list.", unknown.getMessage());
        PurposeView none = Callers.as(Role.DPM, () -> purposes.save(edited(suppliers, suppliers.description(), null)));
        assertNull(none.definition().context());
        assertEquals("relationships", Callers.as(Role.DPM, () -> purposes.save(edited(none.definition(),
                suppliers.description(), "relationships"))).definition().context());
    }

    /** The purpose as the DPM edits it: its description and the context whose records serve it. */
    private static PurposeForm edited(PurposeForm form, String description, String context) {
        return new PurposeForm(form.id(), form.version(), form.name(), description, form.lawfulBasis(),
                form.legitimateInterest(), form.necessity(), form.balance(), form.specialCategoryCondition(),
                form.reviewDate(), form.transfers(), form.automatedDecisions(), context);
    }

    @Test
    void aLegitimateInterestPurposeWithoutItsAssessmentIsRefused_L3() {
        PurposeForm unassessed = new PurposeForm(null, 0, unique("Analytics"), "Counting visits",
                LawfulBasis.LEGITIMATE_INTERESTS, "Improving the service", null, null, null,
                LocalDate.of(2027, 6, 30), null, null, null);
        Exception refused = assertThrows(Exception.class, () -> Callers.as(Role.DPM, () -> purposes.save(unassessed)));
        assertTrue(causedBy(refused, ConstraintViolationException.class), refused.toString());
    }
}
