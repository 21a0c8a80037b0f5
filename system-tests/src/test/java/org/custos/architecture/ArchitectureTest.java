package org.custos.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.List;
import org.custos.archfixtures.bad.domain.security.EntityWithoutVersion;
import org.custos.archfixtures.bad.protection.purposes.internal.EntityOutsideDomain;
import org.custos.archfixtures.bad.protection.purposes.internal.RendersFaces;
import org.custos.archfixtures.bad.protection.purposes.internal.UnguardedPurposes;
import org.custos.archfixtures.bad.protection.purposes.internal.UsesSecurityInternal;
import org.custos.archfixtures.bad.protection.register.internal.UsesPurposesInternal;
import org.custos.archfixtures.bad.recruitment.internal.ReadsAccountEntity;
import org.custos.archfixtures.bad.recruitment.internal.UnauditedCampaigns;
import org.custos.archfixtures.bad.reports.ComplaintFigures;
import org.custos.archfixtures.bad.security.internal.UnvalidatedAccounts;
import org.custos.archfixtures.bad.security.internal.UsesProtection;
import org.custos.archfixtures.bad.web.FinishesErasures;
import org.custos.archfixtures.bad.web.UsesEntity;
import org.custos.archfixtures.bad.web.UsesPersonalDataHolder;
import org.custos.archfixtures.bad.web.WritesUploadUnderItsName;
import org.custos.domain.shared.DataContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §2-4 and §6 as ArchUnit rules ({@link ArchitectureRules}), each checked against the production classes of
 * every module (must hold) and, in {@link ProvenToBite}, against {@code org.custos.archfixtures.bad} (must fail,
 * naming its one deliberate violator). Surefire runs it; it takes seconds.
 */
class ArchitectureTest {

    static final String CUSTOS = "org.custos";
    static final String FIXTURES = "org.custos.archfixtures.bad";

    private static final ArchitectureRules RULES = ArchitectureRules.under(CUSTOS);
    private static final ArchitectureRules BAD = ArchitectureRules.under(FIXTURES);

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(CUSTOS);
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void rulesNamePackagesThatExist_DESIGN11() {
        assertEquals(List.of(), RULES.packagesWithoutClasses(production),
                "packages the architecture rules name but the imported production classes do not have: a rule over "
                        + "an empty package proves nothing (is a module missing from system-tests' test classpath?)");
        assertTrue(production.stream().anyMatch(RULES.facadeImplementations()),
                "no facade implementation found: the facade rules would check nothing");
    }

    @Test
    void plannedContextsDoNotExistYet_DESIGN2() {
        assertEquals(List.of(), RULES.plannedModulesWithClasses(production),
                "these modules have classes now: declare their contexts built in org.custos.domain.shared.DataContext");
    }

    @Test
    void contextsUseOnlyDeclaredContexts_DESIGN2() {
        RULES.contextsUseOnlyDeclaredContexts().check(production);
    }

    @Test
    void contextsUseOnlyTheirOwnEntities_DESIGN4() {
        RULES.contextsUseOnlyTheirOwnEntities().check(production);
    }

    @Test
    void contextsAreUsedOnlyThroughTheirApi_DESIGN3() {
        RULES.contextsAreUsedOnlyThroughTheirApi().check(production);
    }

    @Test
    void subAreaInternalsStayInTheirSubArea_DESIGN3() {
        RULES.subAreaInternalsStayInTheirSubArea().check(production);
    }

    @Test
    void webUsesOnlyContextApis_DESIGN2() {
        RULES.webUsesOnlyContextApis().check(production);
    }

    @Test
    void webUsesNoPersonalDataSpi_DESIGN3() {
        RULES.webUsesNoPersonalDataSpi().check(production);
    }

    @Test
    void webDoesNotFinishRightsRequests_D5() {
        RULES.webDoesNotFinishRightsRequests().check(production);
    }

    @Test
    void uploadsAreNeverWrittenUnderTheirName_issue20() {
        RULES.uploadsAreNeverWrittenUnderTheirName().check(production);
    }

    @Test
    void facesOnlyInWeb_DESIGN2() {
        RULES.facesOnlyInWeb().check(production);
    }

    @Test
    void complaintDataServesOnlyComplaintHandling_L6() {
        RULES.complaintDataServesOnlyComplaintHandling().check(production);
    }

    @Test
    void noContextIsDeclaredToUseComplaints_L6() {
        assertEquals(List.of(), Arrays.stream(DataContext.values())
                .filter(context -> context.uses().contains(DataContext.COMPLAINTS)).toList(),
                "L6: complaint data serves complaint handling only; no other context may be declared to use it");
    }

    @Test
    void entitiesLiveInDomain_DESIGN4() {
        RULES.entitiesLiveInDomain().check(production);
    }

    @Test
    void everyEntityHasAVersion_DESIGN4() {
        RULES.everyEntityHasAVersion().check(production);
    }

    @Test
    void everyFacadeMethodIsGuarded_DESIGN3() {
        RULES.everyFacadeMethodIsGuarded().check(production);
    }

    @Test
    void everyFacadeValidatesItsArguments_DESIGN3() {
        RULES.everyFacadeValidatesItsArguments().check(production);
    }

    @Test
    void everyFacadeMethodIsAuditedOrExempt_X2() {
        RULES.everyFacadeMethodIsAuditedOrExempt().check(production);
    }

    /** Each rule, run over the fixture tree, fails and names exactly the one class made to break it. */
    @Nested
    class ProvenToBite {

        @Test
        void rulesNamePackagesThatExist_DESIGN11() {
            assertEquals(List.of(), BAD.packagesWithoutClasses(fixtures), "the fixture tree must mirror the layout");
            ArchitectureRules nowhere = ArchitectureRules.under(FIXTURES + ".nowhere");
            assertEquals(nowhere.packagesTheRulesName(), nowhere.packagesWithoutClasses(fixtures),
                    "the existence check itself must report packages that are not there");
        }

        @Test
        void contextsUseOnlyDeclaredContexts_DESIGN2() {
            assertBites(BAD.contextsUseOnlyDeclaredContexts(), UsesProtection.class);
        }

        @Test
        void contextsUseOnlyTheirOwnEntities_DESIGN4() {
            assertBites(BAD.contextsUseOnlyTheirOwnEntities(), ReadsAccountEntity.class);
        }

        @Test
        void contextsAreUsedOnlyThroughTheirApi_DESIGN3() {
            assertBites(BAD.contextsAreUsedOnlyThroughTheirApi(), UsesSecurityInternal.class);
        }

        @Test
        void subAreaInternalsStayInTheirSubArea_DESIGN3() {
            assertBites(BAD.subAreaInternalsStayInTheirSubArea(), UsesPurposesInternal.class);
        }

        @Test
        void webUsesOnlyContextApis_DESIGN2() {
            assertBites(BAD.webUsesOnlyContextApis(), UsesEntity.class);
        }

        @Test
        void webUsesNoPersonalDataSpi_DESIGN3() {
            assertBites(BAD.webUsesNoPersonalDataSpi(), UsesPersonalDataHolder.class);
        }

        @Test
        void webDoesNotFinishRightsRequests_D5() {
            assertBites(BAD.webDoesNotFinishRightsRequests(), FinishesErasures.class);
        }

        @Test
        void uploadsAreNeverWrittenUnderTheirName_issue20() {
            assertBites(BAD.uploadsAreNeverWrittenUnderTheirName(), WritesUploadUnderItsName.class);
        }

        @Test
        void facesOnlyInWeb_DESIGN2() {
            assertBites(BAD.facesOnlyInWeb(), RendersFaces.class);
        }

        @Test
        void entitiesLiveInDomain_DESIGN4() {
            assertBites(BAD.entitiesLiveInDomain(), EntityOutsideDomain.class);
        }

        @Test
        void complaintDataServesOnlyComplaintHandling_L6() {
            assertBites(BAD.complaintDataServesOnlyComplaintHandling(), ComplaintFigures.class);
        }

        @Test
        void everyEntityHasAVersion_DESIGN4() {
            assertBites(BAD.everyEntityHasAVersion(), EntityWithoutVersion.class);
        }

        @Test
        void everyFacadeMethodIsGuarded_DESIGN3() {
            assertBites(BAD.everyFacadeMethodIsGuarded(), UnguardedPurposes.class);
            assertTrue(BAD.everyFacadeMethodIsGuarded().evaluate(fixtures).getFailureReport().getDetails().stream()
                    .allMatch(line -> line.contains(UnguardedPurposes.class.getName() + ".save(")),
                    "only the unguarded method may be reported, not its guarded sibling");
        }

        @Test
        void everyFacadeValidatesItsArguments_DESIGN3() {
            assertBites(BAD.everyFacadeValidatesItsArguments(), UnvalidatedAccounts.class);
        }

        @Test
        void everyFacadeMethodIsAuditedOrExempt_X2() {
            assertBites(BAD.everyFacadeMethodIsAuditedOrExempt(), UnauditedCampaigns.class);
            assertTrue(BAD.everyFacadeMethodIsAuditedOrExempt().evaluate(fixtures).getFailureReport().getDetails()
                    .stream().allMatch(line -> line.contains(UnauditedCampaigns.class.getName() + ".open(")),
                    "only the method neither audited nor exempt may be reported, not its siblings");
        }

        private void assertBites(ArchRule rule, Class<?> violator) {
            EvaluationResult result = rule.evaluate(fixtures);
            assertTrue(result.hasViolation(), () -> "the rule did not bite: " + rule.getDescription());
            List<String> details = result.getFailureReport().getDetails();
            assertFalse(details.isEmpty(), "a violation without details");
            assertTrue(details.stream().allMatch(line -> line.contains("<" + violator.getName())),
                    () -> "expected only " + violator.getSimpleName() + " to be reported, got:\n"
                            + String.join("\n", details));
        }
    }
}
