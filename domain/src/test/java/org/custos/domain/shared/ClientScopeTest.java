package org.custos.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClientScopeTest {

    @Test
    void everyScopesRoleHasItsAnnotationConstant() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field field : ClientScope.Names.class.getDeclaredFields()) {
            constants.add((String) field.get(null));
        }
        assertEquals(Arrays.stream(ClientScope.values()).map(ClientScope::role).collect(Collectors.toSet()),
                constants);
    }

    @Test
    void noScopeIsAnAccountsRole() {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        Arrays.stream(ClientScope.values()).forEach(scope -> assertEquals(false, roles.contains(scope.role())));
    }
}
