package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseAccessTest {

    private static final Set<String> HANDLERS = Set.of("hr.ada");
    private static final Set<String> HR = Set.of("hr.ada", "hr.ben", "hr.cy");

    @Test
    void aNamedHandlerSeesTheCase_X1() {
        assertEquals(Optional.empty(), CaseAccess.refusal("hr.ada", false, false, HANDLERS, "manager.dee"));
    }

    @Test
    void anotherHrUserIsRefused_X1() {
        assertEquals(Optional.of("Only the HR handlers named on this case and the DPM can see it."),
                CaseAccess.refusal("hr.ben", false, false, HANDLERS, null));
    }

    @Test
    void theDpmSeesEveryCaseExceptOneAboutThemselves_X1() {
        assertEquals(Optional.empty(), CaseAccess.refusal("dpm.eve", true, false, HANDLERS, "manager.dee"));
        assertEquals(Optional.of("This case is about you, so it is not shown to you."),
                CaseAccess.refusal("dpm.eve", true, false, HANDLERS, "dpm.eve"));
    }

    @Test
    void thePersonACaseIsAboutNeverSeesItEvenWhenNamedAHandler_X1() {
        assertEquals(Optional.of("This case is about you, so it is not shown to you."),
                CaseAccess.refusal("hr.ada", false, false, HANDLERS, "hr.ada"));
    }

    @Test
    void handlersAreNamedAmongTheHrAccounts_X1() {
        assertEquals(Optional.of("manager.dee is not an active account with the HR role."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "manager.dee"), null, true, HR, null));
        assertEquals(Optional.empty(), CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "hr.ben"), "manager.dee",
                true, HR, null), "the opener need not handle the case");
    }

    @Test
    void thePersonACaseIsAboutCanNeitherHandleNorOpenIt_X1() {
        assertEquals(Optional.of("hr.ben cannot handle a case about themselves."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "hr.ben"), "hr.ben", true, HR, null));
        assertEquals(Optional.of("You cannot open a case about yourself."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada"), "hr.cy", true, HR, null));
        assertEquals(Optional.of("manager.fay is not an active account; choose the account of the person the case is "
                + "about from those offered, or leave it empty when they have none."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada"), "manager.fay", false, HR, null));
    }

    @Test
    void aCaseIsReassignedOnlyToHrAccountsOtherThanThePersonItIsAbout_X1() {
        assertEquals(Optional.empty(),
                CaseAccess.handlersRefusal(Set.of("hr.ben", "hr.cy"), "manager.dee", HR, null));
        assertEquals(Optional.of("manager.dee is not an active account with the HR role."),
                CaseAccess.handlersRefusal(Set.of("manager.dee"), null, HR, null));
        assertEquals(Optional.of("hr.cy cannot handle a case about themselves."),
                CaseAccess.handlersRefusal(Set.of("hr.ben", "hr.cy"), "hr.cy", HR, null));
    }

    @Test
    void thePersonWhoseFileHoldsTheCaseNeverSeesItNorHandlesNorOpensIt_X1_A1() {
        assertEquals(Optional.of("This case is on your own staff file, so it is not shown to you."),
                CaseAccess.refusal("hr.ada", true, true, HANDLERS, null));
        assertEquals(Optional.of("hr.ben cannot handle a case on their own staff file."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada", "hr.ben"), null, false, HR, "hr.ben"));
        assertEquals(Optional.of("hr.ben cannot handle a case on their own staff file."),
                CaseAccess.handlersRefusal(Set.of("hr.ben"), null, HR, "hr.ben"));
        assertEquals(Optional.of("You cannot open a case on your own staff file."),
                CaseAccess.namingRefusal("hr.cy", Set.of("hr.ada"), null, false, HR, "hr.cy"));
    }
}
