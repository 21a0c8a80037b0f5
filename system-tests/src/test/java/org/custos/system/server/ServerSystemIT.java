package org.custos.system.server;

import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server-side system tests of the plain build on one deployment of the EAR rather than one each (a deployment
 * costs 1-4 minutes on the build machine): {@link EarSystemIT}, {@link AuthorizationMatrixSystemIT},
 * {@link PageMatrixSystemIT}, {@link ConcurrentEditsSystemIT}, {@link HealthSystemIT} and the smokes of
 * {@link UploadsSystemIT} (a few hostile
 * files to one form) and {@link BadInputSystemIT} (3 inputs per form; their full runs are in {@code -Pfuzz}), each
 * test here under its own name, calling the same test on an instance of its class that the server injects (the
 * probe's classes are CDI beans: their {@code @EJB}, {@code @Inject} and {@code @Resource} fields are filled as
 * Arquillian fills a test's). The plain build runs this class instead of those (system-tests/pom.xml: the first five
 * in {@code custos.shared.deployment.excludes}, the uploads and bad input in {@code custos.fuzz.excludes}, which
 * {@code -Pfuzz} lifts); each still runs alone, on a deployment of its own, by name ({@code -Dit.test=EarSystemIT}).
 * {@code ServerSystemTestsTest} fails when a test of theirs has no test of the same name here.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerSystemIT {

    /** The classes whose tests run here. */
    static final List<Class<?>> CLASSES = List.of(EarSystemIT.class, AuthorizationMatrixSystemIT.class,
            PageMatrixSystemIT.class, ConcurrentEditsSystemIT.class, UploadsSystemIT.class, BadInputSystemIT.class,
            HealthSystemIT.class, IntakeApiSystemIT.class);

    @Deployment
    static EnterpriseArchive deployment() {
        Class<?>[] probe = Stream.of(List.<Class<?>>of(ServerSystemIT.class), EarSystemIT.PROBE,
                AuthorizationMatrixSystemIT.PROBE, PageMatrixSystemIT.PROBE, ConcurrentEditsSystemIT.PROBE,
                UploadsSystemIT.PROBE, BadInputSystemIT.PROBE, HealthSystemIT.PROBE, IntakeApiSystemIT.PROBE)
                .flatMap(List::stream).distinct().toArray(Class<?>[]::new);
        return PageMatrix.withPagesAndServlets(AuthorizationMatrixSystemIT.withTheFacadeList(
                EarDeployment.withProbe(probe)));
    }

    @Inject
    EarSystemIT ear;

    @Inject
    AuthorizationMatrixSystemIT matrix;

    @Inject
    PageMatrixSystemIT pages;

    @Inject
    ConcurrentEditsSystemIT edits;

    @Inject
    UploadsSystemIT uploads;

    @Inject
    BadInputSystemIT badInput;

    @Inject
    HealthSystemIT health;

    @Inject
    IntakeApiSystemIT intakeApi;

    // EarSystemIT

    @Test
    void hrIsRefusedTheAccountFacadeAndTheAdministratorThePeopleFacade_X1() {
        ear.hrIsRefusedTheAccountFacadeAndTheAdministratorThePeopleFacade_X1();
    }

    @Test
    void protectionsFacadesAreAuditedAndTheChainShowsARowAlteredBySql_X2() throws Exception {
        ear.protectionsFacadesAreAuditedAndTheChainShowsARowAlteredBySql_X2();
    }

    @Test
    void protectionFindsThePersonalDataHoldersOfEveryEjbModule_SPI() throws Exception {
        ear.protectionFindsThePersonalDataHoldersOfEveryEjbModule_SPI();
    }

    @Test
    void aRetentionRuleDeclaredByAHolderInItsOwnModuleIsASettingTheCalendarReads_R5_SPI() throws Exception {
        ear.aRetentionRuleDeclaredByAHolderInItsOwnModuleIsASettingTheCalendarReads_R5_SPI();
    }

    @Test
    void aSignedInUserIsSignedOutAtOnceWhenTheAccountIsDisabled_X1() throws Exception {
        ear.aSignedInUserIsSignedOutAtOnceWhenTheAccountIsDisabled_X1();
    }

    @Test
    void loggingInAsSomeoneElseWhileLoggedInLogsTheFirstCallerOut_X1() throws Exception {
        ear.loggingInAsSomeoneElseWhileLoggedInLogsTheFirstCallerOut_X1();
    }

    @Test
    void hrOpeningTheAccountsPageGetsTheRefusalPageAndTheRefusalIsAudited_X1_X2() throws Exception {
        ear.hrOpeningTheAccountsPageGetsTheRefusalPageAndTheRefusalIsAudited_X1_X2();
    }

    @Test
    void hrOpeningTheDpmsListOfApprovalsIsShownTheRefusalAndTheFacadesRefusalIsAudited_X1_X2() throws Exception {
        ear.hrOpeningTheDpmsListOfApprovalsIsShownTheRefusalAndTheFacadesRefusalIsAudited_X1_X2();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndErrorPagesAReferenceButNoServerDetails() throws Exception {
        ear.pagesCarryTheSecurityHeadersAndErrorPagesAReferenceButNoServerDetails();
    }

    @Test
    void theSessionCookieOfASignedInUserIsHttpOnlyAndStrictlySameSite() throws Exception {
        ear.theSessionCookieOfASignedInUserIsHttpOnlyAndStrictlySameSite();
    }

    @Test
    void aCraftedRequestToTheSensitiveDataPageWithoutAnApprovalInForceGetsNothing_L4() throws Exception {
        ear.aCraftedRequestToTheSensitiveDataPageWithoutAnApprovalInForceGetsNothing_L4();
    }

    @Test
    void whatCannotBeTakenIsRefusedWithASentenceNamingTheFieldAndStaysOnThePage() throws Exception {
        ear.whatCannotBeTakenIsRefusedWithASentenceNamingTheFieldAndStaysOnThePage();
    }

    @Test
    void aLongValueWithEmojiComesBackWholeOnTheRefusedForm() throws Exception {
        ear.aLongValueWithEmojiComesBackWholeOnTheRefusedForm();
    }

    @Test
    void theAdequacyListSavedWithoutACountryAsksForOneNotTheErrorPage() throws Exception {
        ear.theAdequacyListSavedWithoutACountryAsksForOneNotTheErrorPage();
    }

    @Test
    void aNumberBoxSentSomethingThatIsNoNumberIsRefusedWithASentenceNamingTheFieldNotTheErrorPage() throws Exception {
        ear.aNumberBoxSentSomethingThatIsNoNumberIsRefusedWithASentenceNamingTheFieldNotTheErrorPage();
    }

    @Test
    void anExportedListHoldsTheValuesAndNoFormula() throws Exception {
        ear.anExportedListHoldsTheValuesAndNoFormula();
    }

    // AuthorizationMatrixSystemIT

    @Test
    void everyFacadeMethodLetsInTheCallersOfItsRowAndNoOneIntoAnotherManagersOrHandlersRecord_X1_X2()
            throws Exception {
        matrix.everyFacadeMethodLetsInTheCallersOfItsRowAndNoOneIntoAnotherManagersOrHandlersRecord_X1_X2();
    }

    // PageMatrixSystemIT

    @Test
    void everyPageAndServletLetsInTheCallersOfItsRowOnlyAndEveryRefusalIsAudited_X1_X2() throws Exception {
        pages.everyPageAndServletLetsInTheCallersOfItsRowOnlyAndEveryRefusalIsAudited_X1_X2();
    }

    // ConcurrentEditsSystemIT

    @Test
    void twoSessionsSavingTheSameRecordOfEachKindLoseNothingAndTheSecondIsToldClearly_issue20() {
        edits.twoSessionsSavingTheSameRecordOfEachKindLoseNothingAndTheSecondIsToldClearly_issue20();
    }

    // UploadsSystemIT (its smoke: without custos.uploads.full in the probe)

    @Test
    void everyUploadFormRefusesHostileFilesWithAMessageOrStoresThemSafely_issue20() throws Exception {
        uploads.everyUploadFormRefusesHostileFilesWithAMessageOrStoresThemSafely_issue20();
    }

    // HealthSystemIT

    @Test
    void readinessAndLivenessNameCustossChecksUpAndMetricsHaveItsFigures() throws Exception {
        health.readinessAndLivenessNameCustossChecksUpAndMetricsHaveItsFigures();
    }

    @Test
    void aDataDirectoryWithLessFreeSpaceThanTheSettingWantsIsNotReady() throws Exception {
        health.aDataDirectoryWithLessFreeSpaceThanTheSettingWantsIsNotReady();
    }

    // BadInputSystemIT (its smoke: 3 inputs per form and button, after every other test, as it leaves many records)

    @Test
    @Order(Order.DEFAULT + 1)
    void eachRoleHasAnAccountAndThereAreRecordsToOpen() throws Exception {
        badInput.openAccountsAndRecords();
    }

    @Test
    @Order(Order.DEFAULT + 2)
    @RunAsClient
    void everyFormTakesGeneratedBadInputsWithoutAnErrorUnescapedOutputOrLostInput() throws Exception {
        BadInputSystemIT.postBadInputsToEveryForm(3, false);
    }

    // IntakeApiSystemIT

    @Test
    void aRightsRequestAndAComplaintFromTheWebsiteAreInTheRegisterAndAuditedAsTheClient_D1_P1_X2()
            throws Exception {
        intakeApi.aRightsRequestAndAComplaintFromTheWebsiteAreInTheRegisterAndAuditedAsTheClient_D1_P1_X2();
    }

    @Test
    void badInputIsAnsweredWithProblemDocumentsNamingTheFieldsInTheIntranetsWordsAndIsAudited() throws Exception {
        intakeApi.badInputIsAnsweredWithProblemDocumentsNamingTheFieldsInTheIntranetsWordsAndIsAudited();
    }

    @Test
    void noTokenAnUnknownOneARevokedOneAndAMissingScopeAreRefusedAsProblemDocuments_X1() throws Exception {
        intakeApi.noTokenAnUnknownOneARevokedOneAndAMissingScopeAreRefusedAsProblemDocuments_X1();
    }

    @Test
    void aClientOverItsRateIsAnswered429WithRetryAfter() throws Exception {
        intakeApi.aClientOverItsRateIsAnswered429WithRetryAfter();
    }

    @Test
    void aConsentGivenOnTheWebsiteIsOnTheLedgerAndItsWithdrawalStopsIt_L2() throws Exception {
        intakeApi.aConsentGivenOnTheWebsiteIsOnTheLedgerAndItsWithdrawalStopsIt_L2();
    }

    @Test
    void theOpenDeadlinesAreAnICalendarFeedWithNumbersAndLinksButNoNames_D2() throws Exception {
        intakeApi.theOpenDeadlinesAreAnICalendarFeedWithNumbersAndLinksButNoNames_D2();
    }

    @Test
    void openApiListsTheOperationsWithTheirProblemAnswers() throws Exception {
        intakeApi.openApiListsTheOperationsWithTheirProblemAnswers();
    }
}
