package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.domain.shared.Role;
import org.junit.jupiter.api.Test;

/** Which directory groups give which role: the mapping is configuration (X1, issue 21). */
class DirectoryRolesTest {

    private static final DirectoryRoles MAPPING = DirectoryRoles.of(Map.of(
            Role.HR, "cn=hr,ou=groups,dc=example,dc=org; cn=people-team,ou=groups,dc=example,dc=org",
            Role.DPM, "CN=Data Protection,OU=Groups,DC=example,DC=org"));

    @Test
    void membersOfAnyGroupOfARoleGetTheRole() {
        assertEquals(Set.of(Role.HR), MAPPING.of(List.of("cn=people-team,ou=groups,dc=example,dc=org")));
        assertEquals(Set.of(Role.HR, Role.DPM), MAPPING.of(List.of("cn=hr,ou=groups,dc=example,dc=org",
                "cn=data protection,ou=groups,dc=example,dc=org")));
    }

    @Test
    void groupsCompareAsLdapComparesNamesWhateverTheCaseAndSpacing() {
        assertEquals(Set.of(Role.DPM), MAPPING.of(List.of("cn=DATA PROTECTION, ou=groups, dc=EXAMPLE, dc=org")));
    }

    @Test
    void groupsThatAreNotMappedOrNotNamesGiveNoRole() {
        assertTrue(MAPPING.of(List.of("cn=hr,ou=other,dc=example,dc=org", "not a name", "")).isEmpty());
        assertTrue(MAPPING.of(List.of()).isEmpty());
        assertTrue(DirectoryRoles.of(Map.of()).of(List.of("cn=hr,ou=groups,dc=example,dc=org")).isEmpty());
    }

    @Test
    void aSettingThatIsNotAListOfNamesIsRefusedNamingTheSetting() {
        DirectoryUnavailable wrong = assertThrows(DirectoryUnavailable.class,
                () -> DirectoryRoles.of(Map.of(Role.HIRING_MANAGER, "cn=ok,dc=org;hiring managers")));
        assertEquals("The setting custos.ldap.groups.hiring-manager holds \"hiring managers\", which is not a "
                + "distinguished name such as cn=hr,ou=groups,dc=example,dc=org", wrong.getMessage());
    }
}
