package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.custos.security.api.RequestRefused;
import org.junit.jupiter.api.Test;

/** Who may change which account, and when a change waits for the DPM (X6). */
class AccountChangeRulesTest {

    private static final AccountChangeRules.Holder ADMIN = holder("admin.ann", Role.ADMIN);
    private static final AccountChangeRules.Holder DPM = holder("dpm.dana", Role.DPM);
    private static final AccountChangeRules.Holder HR = holder("hr.harriet", Role.HR);

    private static AccountChangeRules.Holder holder(String name, Role... roles) {
        return new AccountChangeRules.Holder(name, Set.of(roles), true);
    }

    @Test
    void nobodyChangesTheirOwnAccount_X6() {
        assertThrows(RequestRefused.class, () -> AccountChangeRules.checkNotOwn(ADMIN, "ADMIN.ANN"));
        assertDoesNotThrow(() -> AccountChangeRules.checkNotOwn(HR, "admin.ann"));
    }

    @Test
    void theLastActiveAdministratorKeepsTheRoleAndStaysEnabled_X6() {
        RequestRefused disabled = assertThrows(RequestRefused.class, () -> AccountChangeRules
                .checkKeepsAnActiveHolder(Role.ADMIN, ADMIN, ADMIN.roles(), false, List.of("admin.ann")));
        assertEquals("admin.ann is the last active administrator: give the role to another account first.",
                disabled.getMessage());
        assertThrows(RequestRefused.class, () -> AccountChangeRules.checkKeepsAnActiveHolder(Role.ADMIN, ADMIN,
                Set.of(Role.HR), true, List.of("admin.ann")));
        assertDoesNotThrow(() -> AccountChangeRules.checkKeepsAnActiveHolder(Role.ADMIN, ADMIN, Set.of(Role.HR),
                false, List.of("admin.ann", "admin.bob")));
        assertDoesNotThrow(() -> AccountChangeRules.checkKeepsAnActiveHolder(Role.ADMIN, HR, Set.of(Role.HR),
                false, List.of("admin.ann")), "not a holder");
    }

    @Test
    void theLastActiveDpmKeepsTheRoleSoTheSetupExceptionCannotBeMadeAgain_X6() {
        assertThrows(RequestRefused.class, () -> AccountChangeRules.checkKeepsAnActiveHolder(Role.DPM, DPM,
                Set.of(Role.HR), true, List.of("dpm.dana")));
        assertThrows(RequestRefused.class, () -> AccountChangeRules.checkKeepsAnActiveHolder(Role.DPM, DPM,
                DPM.roles(), false, List.of("dpm.dana")));
        assertDoesNotThrow(() -> AccountChangeRules.checkKeepsAnActiveHolder(Role.DPM, DPM, Set.of(Role.HR), true,
                List.of("dpm.dana", "dpm.dora")));
    }

    @Test
    void givingARoleThatSeesPersonalDataWaitsForTheDpmExceptTheFirstDpmAtSetup_X6() {
        List<String> dpms = List.of("dpm.dana");
        for (Role seeing : List.of(Role.DPM, Role.HR, Role.HIRING_MANAGER, Role.STAFF)) {
            assertTrue(AccountChangeRules.needsConfirmation(Set.of(Role.ADMIN), Set.of(Role.ADMIN, seeing), dpms),
                    seeing.name());
        }
        assertFalse(AccountChangeRules.needsConfirmation(Set.of(), Set.of(Role.DPM), List.of()), "setup");
        assertFalse(AccountChangeRules.needsConfirmation(Set.of(), Set.of(Role.ADMIN), dpms));
        assertFalse(AccountChangeRules.needsConfirmation(Set.of(Role.HR, Role.DPM), Set.of(Role.HR), dpms),
                "taking a role away needs no confirmation");
    }

    @Test
    void aNewPasswordForAnAccountSeeingPersonalDataWaitsForTheDpm_X6() {
        assertTrue(AccountChangeRules.passwordNeedsConfirmation(DPM, List.of("dpm.dana", "dpm.dora")));
        assertTrue(AccountChangeRules.passwordNeedsConfirmation(HR, List.of("dpm.dana")));
        assertFalse(AccountChangeRules.passwordNeedsConfirmation(ADMIN, List.of("dpm.dana")));
        assertFalse(AccountChangeRules.passwordNeedsConfirmation(HR, List.of()), "setup");
    }

    @Test
    void theOnlyDpmsOwnChangeIsRefusedAtOnceForNoOneCouldConfirmIt_X6() {
        assertThrows(RequestRefused.class, () -> AccountChangeRules.checkSomeoneMayConfirm(DPM,
                List.of("dpm.dana")));
        assertDoesNotThrow(() -> AccountChangeRules.checkSomeoneMayConfirm(DPM, List.of("dpm.dana", "dpm.dora")));
        assertDoesNotThrow(() -> AccountChangeRules.checkSomeoneMayConfirm(HR, List.of("dpm.dana")));
    }

    @Test
    void theDpmConfirmsNeitherAChangeOfTheirOwnAccountNorOneTheyAskedFor_X6() {
        RequestRefused own = assertThrows(RequestRefused.class, () -> AccountChangeRules.checkMayConfirm(
                holder("dpm.dana", Role.HR), "admin.ann", "dpm.dana"));
        assertEquals("You cannot confirm a change of your own account: another DPM must.", own.getMessage());
        assertThrows(RequestRefused.class, () -> AccountChangeRules.checkMayConfirm(HR, "dpm.dana", "dpm.dana"));
        assertDoesNotThrow(() -> AccountChangeRules.checkMayConfirm(HR, "admin.ann", "dpm.dana"));
    }

    @Test
    void aDirectoryAccountsGroupsGiveRolesThatSeeRecordsOnlyOnceAnotherDpmConfirms_X6() {
        AccountChangeRules.LoginRoles firstLogin = AccountChangeRules.atDirectoryLogin(holder("new.nina"),
                Set.of(Role.HR, Role.ADMIN), List.of("dpm.dana"), Set.of());
        assertEquals(Set.of(Role.ADMIN), firstLogin.held(), "the administrator's role sees no personal data");
        assertEquals(Set.of(Role.HR, Role.ADMIN), firstLogin.asked());

        AccountChangeRules.LoginRoles confirmed = AccountChangeRules.atDirectoryLogin(
                holder("new.nina", Role.HR, Role.ADMIN), Set.of(Role.HR, Role.ADMIN), List.of(), Set.of());
        assertEquals(Set.of(Role.HR, Role.ADMIN), confirmed.held());
        assertTrue(confirmed.asked().isEmpty());

        AccountChangeRules.LoginRoles atSetup = AccountChangeRules.atDirectoryLogin(holder("first.dpm"),
                Set.of(Role.DPM), List.of(), Set.of());
        assertEquals(Set.of(Role.DPM), atSetup.held(), "no DPM is active yet to confirm the first");
    }

    @Test
    void aDirectoryAccountLosesTheRolesItsGroupsNoLongerGiveButTheLastAdministratorOrDpm_X6() {
        AccountChangeRules.LoginRoles moved = AccountChangeRules.atDirectoryLogin(
                holder("hr.harriet", Role.HR, Role.FINANCE), Set.of(Role.FINANCE), List.of(), Set.of());
        assertEquals(Set.of(Role.FINANCE), moved.held());

        AccountChangeRules.LoginRoles left = AccountChangeRules.atDirectoryLogin(holder("hr.harriet", Role.HR),
                Set.of(), List.of(), Set.of());
        assertTrue(left.held().isEmpty(), "no group: no role");

        AccountChangeRules.LoginRoles last = AccountChangeRules.atDirectoryLogin(DPM, Set.of(), List.of(),
                Set.of(Role.DPM));
        assertEquals(Set.of(Role.DPM), last.held());
    }

    @Test
    void theOnlyActiveDpmsDirectoryGroupsAskNothingNobodyElseCouldConfirm_X6() {
        AccountChangeRules.LoginRoles roles = AccountChangeRules.atDirectoryLogin(DPM, Set.of(Role.DPM, Role.HR),
                List.of("dpm.dana"), Set.of());
        assertEquals(Set.of(Role.DPM), roles.held());
        assertTrue(roles.asked().isEmpty());
    }
}
