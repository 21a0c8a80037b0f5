package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

    private static final Set<String> HANDLERS = Set.of("hr.ada");
    private static final Set<String> HR = Set.of("hr.ada", "hr.ben", "hr.cy");
    private static final Set<String> ACCOUNTS = Set.of("hr.ada", "hr.ben", "hr.cy", "manager.dee", "dpm.eve");

    @Test
    void aNamedHandlerSeesTheCase_X1() {
        assertEquals(Optional.empty(), CaseAccess.refusal("hr.ada", false, HANDLERS, "manager.dee"));
    }

    @Test
    void anotherHrUserIsRefused_X1() {
        assertEquals(Optional.of("Only the HR handlers named on this case and the DPM can see it."),
                CaseAccess.refusal("hr.ben", false, HANDLERS, null));
    }

    @Test
    void theDpmSeesEveryCaseExceptOneAboutThemselves_X1() {
        assertEquals(Optional.empty(), CaseAccess.refusal("dpm.eve", true, HANDLERS, "manager.dee"));
        assertEquals(Optional.of("This case is about you, so it is not shown to you."),
                CaseAccess.refusal("dpm.eve", true, HANDLERS, "dpm.eve"));
    }

    @Test
    void thePersonACaseIsAboutNeverSeesItEvenWhenNamedAHandler_X1() {
        assertEquals(Optional.of("This case is about you, so it is not shown to you."),
                CaseAccess.refusal("hr.ada", false, HANDLERS, "hr.ada"));
    }

    @Test
    void handlersAreNamedAmongTheHrAccounts_X1() {
        assertEquals(Optional.of("manager.dee is not an active account with the HR role."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "manager.dee"), null, HR, ACCOUNTS));
        assertEquals(Optional.empty(), CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "hr.ben"), "manager.dee",
                HR, ACCOUNTS), "the opener need not handle the case");
    }

    @Test
    void thePersonACaseIsAboutCanNeitherHandleNorOpenIt_X1() {
        assertEquals(Optional.of("hr.ben cannot handle a case about themselves."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "hr.ben"), "hr.ben", HR, ACCOUNTS));
        assertEquals(Optional.of("You cannot open a case about yourself."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada"), "hr.cy", HR, ACCOUNTS));
        assertEquals(Optional.of("manager.fay is not an active account; name the account of the person the case is "
                + "about, or leave it empty when they have none."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada"), "manager.fay", HR, ACCOUNTS));
    }

    @Test
    void aCaseIsReassignedOnlyToHrAccountsOtherThanThePersonItIsAbout_X1() {
        assertEquals(Optional.empty(), CaseAccess.handlersRefusal(Set.of("hr.ben", "hr.cy"), "manager.dee", HR));
        assertEquals(Optional.of("manager.dee is not an active account with the HR role."),
                CaseAccess.handlersRefusal(Set.of("manager.dee"), null, HR));
        assertEquals(Optional.of("hr.cy cannot handle a case about themselves."),
                CaseAccess.handlersRefusal(Set.of("hr.ben", "hr.cy"), "hr.cy", HR));
    }
}
