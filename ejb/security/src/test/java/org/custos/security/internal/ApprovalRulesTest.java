package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.custos.domain.security.Approval;
import org.custos.domain.shared.DataArea;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SpecialCategoryCondition;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** What an approval covers and who may decide it (L4, L5). */
class ApprovalRulesTest {

    private static final long PERSON = 7;
    private static final long PURPOSE = 3;
    private static final String CAMPAIGN = "recruitment.campaign:12/conditional-offers";
    private static final LocalDate APPROVED_ON = LocalDate.of(2026, 11, 2);
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
    private static final String REQUESTER = "hr.alice";

    private static Approval requestFor(Long subjectId, String group) {
        return new Approval(subjectId, group, group == null ? null : "Campaign 12, conditional offers", PURPOSE,
                "Fitness to work", UNTIL, REQUESTER, APPROVED_ON.minusDays(1).atTime(9, 0))
                .forCategory(SpecialCategory.HEALTH, SpecialCategoryCondition.EMPLOYMENT_LAW, null);
    }

    private static Approval approved(Approval request) {
        request.approve("dpm.dana", APPROVED_ON.atTime(15, 30), UNTIL, null);
        return request;
    }

    private static boolean coversHealth(Approval approval, long person, Set<String> groups, LocalDate on) {
        return ApprovalCoverage.covers(approval, person, groups, SpecialCategory.HEALTH, PURPOSE, REQUESTER, on);
    }

    @Test
    void anApprovalCoversItsPersonCategoryAndPurposeFromTheDayOfApprovalToItsEndDate_L4() {
        Approval approval = approved(requestFor(PERSON, null));
        assertFalse(coversHealth(approval, PERSON, Set.of(), APPROVED_ON.minusDays(1)));
        assertTrue(coversHealth(approval, PERSON, Set.of(), APPROVED_ON));
        assertTrue(coversHealth(approval, PERSON, Set.of(), UNTIL));
        assertFalse(coversHealth(approval, PERSON, Set.of(), UNTIL.plusDays(1)));
    }

    @Test
    void anApprovalCoversNoOtherPersonCategoryOrPurpose_L4() {
        Approval approval = approved(requestFor(PERSON, null));
        assertFalse(coversHealth(approval, PERSON + 1, Set.of(CAMPAIGN), APPROVED_ON));
        assertFalse(ApprovalCoverage.covers(approval, PERSON, Set.of(), SpecialCategory.CRIMINAL_RECORDS, PURPOSE,
                REQUESTER, APPROVED_ON));
        assertFalse(ApprovalCoverage.covers(approval, PERSON, Set.of(), SpecialCategory.HEALTH, PURPOSE + 1,
                REQUESTER, APPROVED_ON));
        assertTrue(ApprovalCoverage.covers(approval, PERSON, Set.of(), SpecialCategory.HEALTH, null, REQUESTER,
                APPROVED_ON), "a read asks about the category for any purpose");
    }

    @Test
    void aGroupApprovalCoversEveryMemberOfTheGroupAndNobodyElse_L4() {
        Approval approval = approved(requestFor(null, CAMPAIGN));
        assertTrue(coversHealth(approval, PERSON, Set.of(CAMPAIGN), APPROVED_ON));
        assertTrue(coversHealth(approval, PERSON + 1, Set.of("other", CAMPAIGN), APPROVED_ON));
        assertFalse(coversHealth(approval, PERSON, Set.of(), APPROVED_ON));
        assertFalse(coversHealth(approval, PERSON, Set.of("recruitment.campaign:13/conditional-offers"),
                APPROVED_ON));
    }

    @Test
    void anApprovalIsUsedOnlyByTheAccountThatAskedAndTheAccountsNamedOnIt_L4() {
        Approval approval = approved(requestFor(PERSON, null).usableAlsoBy(List.of("hr.bob")));
        for (String user : List.of(REQUESTER, "HR.Alice", "hr.bob")) {
            assertTrue(ApprovalCoverage.covers(approval, PERSON, Set.of(), SpecialCategory.HEALTH, PURPOSE, user,
                    APPROVED_ON), user);
        }
        assertFalse(ApprovalCoverage.covers(approval, PERSON, Set.of(), SpecialCategory.HEALTH, PURPOSE, "hr.carol",
                APPROVED_ON), "another HR user");
    }

    @Test
    void pendingRejectedAndRevokedRequestsCoverNothing_L4() {
        assertFalse(coversHealth(requestFor(PERSON, null), PERSON, Set.of(), APPROVED_ON));
        Approval rejected = requestFor(PERSON, null);
        rejected.reject("dpm.dana", APPROVED_ON.atStartOfDay(), "Not necessary");
        assertFalse(coversHealth(rejected, PERSON, Set.of(), APPROVED_ON));
        Approval revoked = approved(requestFor(PERSON, null));
        revoked.revoke("dpm.dana", APPROVED_ON.plusDays(3).atStartOfDay(), "Purpose ended");
        assertFalse(coversHealth(revoked, PERSON, Set.of(), APPROVED_ON.plusDays(3)));
    }

    @Test
    void aWrittenApprovalCoversOnlyTheNamedAccountAndDataArea_L5() {
        Approval approval = new Approval(PERSON, null, null, PURPOSE, "Payroll audit", UNTIL, "hr.alice",
                LocalDateTime.of(2026, 11, 1, 9, 0)).forUseOutsideHr(DataArea.FINANCE, "finance.fred");
        approved(approval);
        assertTrue(ApprovalCoverage.coversUseOutsideHr(approval, PERSON, Set.of(), DataArea.FINANCE, "Finance.Fred",
                APPROVED_ON));
        assertFalse(ApprovalCoverage.coversUseOutsideHr(approval, PERSON, Set.of(), DataArea.FINANCE, "other.person",
                APPROVED_ON));
        assertFalse(ApprovalCoverage.coversUseOutsideHr(approval, PERSON, Set.of(), DataArea.HR, "finance.fred",
                APPROVED_ON));
        assertFalse(ApprovalCoverage.covers(approval, PERSON, Set.of(), SpecialCategory.HEALTH, null, "finance.fred",
                APPROVED_ON));
    }

    @Test
    void nobodyDecidesTheirOwnRequest_L4() {
        Approval request = requestFor(PERSON, null);
        RequestRefused own = assertThrows(RequestRefused.class,
                () -> ApprovalDecisions.checkMayApprove(request, "HR.Alice", UNTIL, APPROVED_ON));
        assertEquals("You cannot decide your own request: another DPM must decide it.", own.getMessage());
        assertThrows(RequestRefused.class, () -> ApprovalDecisions.checkMayDecide(request, "hr.alice"));
        assertDoesNotThrow(() -> ApprovalDecisions.checkMayApprove(request, "dpm.dana", UNTIL, APPROVED_ON));
    }

    @Test
    void aRequestIsDecidedOnceAndNeverWithAnEndDateInThePast_L4() {
        assertThrows(RequestRefused.class, () -> ApprovalDecisions.checkMayApprove(requestFor(PERSON, null),
                "dpm.dana", APPROVED_ON.minusDays(1), APPROVED_ON));
        Approval approval = approved(requestFor(PERSON, null));
        RequestRefused twice = assertThrows(RequestRefused.class,
                () -> ApprovalDecisions.checkMayDecide(approval, "dpm.other"));
        assertEquals("This request has already been decided: it is approved.", twice.getMessage());
    }

    @Test
    void onlyAnApprovalCanBeRevoked_L4() {
        assertThrows(RequestRefused.class, () -> ApprovalDecisions.checkMayRevoke(requestFor(PERSON, null)));
        assertDoesNotThrow(() -> ApprovalDecisions.checkMayRevoke(approved(requestFor(PERSON, null))));
    }
}
