package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountLinksTest {

    private static final Set<String> STAFF_ACCOUNTS = Set.of("sam.clerk", "mona.boss");

    @Test
    void anAccountOfAMemberOfStaffLinkedToNoOneIsLinkedToAPersonWithoutOne_A1() {
        assertEquals(Optional.empty(), AccountLinks.refusal("sam.clerk", STAFF_ACCOUNTS, false, Optional.empty()));
    }

    @Test
    void oneAccountPerPersonAndOnePersonPerAccountOfTheStaffRole_A1_X1() {
        assertEquals(Optional.of("hera.hr is not an active account of a member of staff: the administrator gives it"
                + " that role first."), AccountLinks.refusal("hera.hr", STAFF_ACCOUNTS, false, Optional.empty()));
        assertEquals(Optional.of("sam.clerk is already linked to another person's staff file."),
                AccountLinks.refusal("sam.clerk", STAFF_ACCOUNTS, true, Optional.empty()));
        assertEquals(Optional.of("This person's record is already linked to the account mona.boss: take that link"
                + " away first."), AccountLinks.refusal("sam.clerk", STAFF_ACCOUNTS, false, Optional.of("mona.boss")));
    }
}
