package org.custos.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnFileAccessTest {

    @Test
    void aMemberOfStaffSeesTheFileOfThePersonTheirAccountIsLinkedToAndNoOther_A1_X1() {
        assertEquals(Optional.empty(), OwnFileAccess.refusal(7L, 7));
        assertEquals(Optional.of("You can see only your own staff file."), OwnFileAccess.refusal(7L, 8));
    }

    @Test
    void anAccountLinkedToNoOneSeesNoFile_A1_X1() {
        assertEquals(Optional.of("Your account is not linked to a staff file yet: HR links it for you."),
                OwnFileAccess.refusal(null, 7));
    }
}
