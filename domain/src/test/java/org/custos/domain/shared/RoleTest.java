package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void everyRoleHasTheSameNameAsAnnotationConstant_X1() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (Field field : Role.Names.class.getDeclaredFields()) {
            constants.add((String) field.get(null));
        }
        assertEquals(Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()), constants);
    }

    @Test
    void aMemberOfStaffSeesPersonalDataButWorksOnNoOneElsesRecords_X1_X6() {
        assertTrue(Role.seeingRecords().contains(Role.STAFF), "giving the role waits for the DPM");
        assertFalse(Role.workingOnRecords().contains(Role.STAFF), "named on no grant or approval");
        assertEquals(Set.of(Role.DPM, Role.HR, Role.HIRING_MANAGER, Role.FINANCE), Role.workingOnRecords());
    }
}
