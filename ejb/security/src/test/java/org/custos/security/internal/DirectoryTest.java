package org.custos.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Asking the organisation's directory whether a password is right, against an in-memory LDAP server (issue 21). */
class DirectoryTest {

    private static Directory directory(String url, String bindDn, String bindPassword) {
        DirectorySettings settings = new DirectorySettings();
        settings.url = Optional.of(url);
        settings.bindDn = Optional.ofNullable(bindDn);
        settings.bindPassword = Optional.ofNullable(bindPassword);
        settings.userBase = Optional.of(TestDirectory.BASE);
        settings.userFilter = "(uid={0})";
        settings.groupBase = Optional.of("ou=groups," + TestDirectory.BASE);
        settings.groupFilter = "(|(member={0})(uniqueMember={0}))";
        settings.timeoutSeconds = 2;
        Directory directory = new Directory();
        directory.settings = settings;
        return directory;
    }

    private static Directory directory() {
        return directory(TestDirectory.url(), TestDirectory.SEARCHER, TestDirectory.SEARCHER_PASSWORD);
    }

    @Test
    void theRightPasswordGivesTheUsersNameAddressAndGroups() {
        DirectoryUser nina = directory().authenticate("nina.hr", "nina's directory password 1").orElseThrow();
        assertEquals("uid=nina.hr,ou=people,dc=example,dc=org", nina.distinguishedName());
        assertEquals("Nina Patel (HR)", nina.displayName());
        assertEquals(Optional.of("nina.patel@example.org"), nina.email());
        assertEquals(Set.of(TestDirectory.HR_GROUP), nina.groups());
    }

    @Test
    void groupsKeptInMemberOfCountAsActiveDirectoryKeepsThem() {
        DirectoryUser ada = directory().authenticate("ada.admin", "ada's directory password 3").orElseThrow();
        assertEquals("Ada Admin", ada.displayName(), "the common name when there is no display name");
        assertEquals(Set.of(TestDirectory.ADMIN_GROUP), ada.groups());
        assertTrue(ada.email().isEmpty());
    }

    @Test
    void aWrongPasswordAnUnknownNameOrAnEmptyPasswordIsRefused() {
        assertTrue(directory().authenticate("nina.hr", "bob's directory password 2").isEmpty());
        assertTrue(directory().authenticate("nobody", "nina's directory password 1").isEmpty());
        assertTrue(directory().authenticate("nina.hr", "").isEmpty(), "an empty password binds anonymously");
        assertTrue(directory().authenticate("nina.hr", null).isEmpty());
    }

    @Test
    void aNameThatIsAFilterFindsNobody() {
        assertTrue(directory().authenticate("*", "nina's directory password 1").isEmpty());
        assertTrue(directory().authenticate("nina.hr)(uid=*", "nina's directory password 1").isEmpty());
    }

    @Test
    void aNameTwoEntriesShareIsRefused() {
        assertTrue(directory().authenticate("twin", "twin password").isEmpty());
    }

    @Test
    void anUnreachableDirectoryOrAWrongSearchAccountIsUnavailableNotARefusal() {
        assertThrows(DirectoryUnavailable.class, () -> directory("ldap://127.0.0.1:1", null, null)
                .authenticate("nina.hr", "nina's directory password 1"));
        assertThrows(DirectoryUnavailable.class, () -> directory(TestDirectory.url(), TestDirectory.SEARCHER,
                "not the password").authenticate("nina.hr", "nina's directory password 1"));
    }
}
