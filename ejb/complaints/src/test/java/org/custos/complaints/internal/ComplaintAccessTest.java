package org.custos.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintAccessTest {

    @Test
    void onlyTheNamedHandlersOpenAFile_X1() {
        assertEquals(ComplaintAccess.NAMED, ComplaintAccess.of("Ada.Handler", false, List.of("ada.handler")));
        assertEquals(ComplaintAccess.REFUSED, ComplaintAccess.of("other.hr", false, List.of("ada.handler")),
                "another HR user");
        assertEquals(ComplaintAccess.NAMED, ComplaintAccess.of("dpm", true, List.of("dpm")), "the DPM when named");
    }

    @Test
    void theDpmNotNamedOpensAFileOnlyThroughEmergencyAccess_X1() {
        assertEquals(ComplaintAccess.EMERGENCY_ONLY, ComplaintAccess.of("dpm", true, List.of("ada.handler")));
    }
}
