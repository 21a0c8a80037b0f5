package org.custos.security.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.custos.domain.shared.Role;

/**
 * Which directory groups give which role: groups compared by distinguished name as LDAP compares them (case and
 * spacing aside), so {@code CN=HR,OU=Groups} in the settings is {@code cn=hr, ou=groups} in the directory.
 */
final class DirectoryRoles {

    private final Map<Role, Set<LdapName>> groups;

    private DirectoryRoles(Map<Role, Set<LdapName>> groups) {
        this.groups = groups;
    }

    /**
     * The mapping from each role's setting ({@link DirectorySettings#roleGroups()}), groups separated by {@code ;}.
     *
     * @throws DirectoryUnavailable naming the setting that holds something other than distinguished names
     */
    static DirectoryRoles of(Map<Role, String> settings) {
        Map<Role, Set<LdapName>> groups = new EnumMap<>(Role.class);
        settings.forEach((role, value) -> {
            Set<LdapName> names = new HashSet<>();
            for (String group : value.split(";")) {
                if (!group.isBlank()) {
                    names.add(name(group).orElseThrow(() -> new DirectoryUnavailable("The setting "
                            + DirectorySettings.settingOf(role) + " holds \"" + group.trim()
                            + "\", which is not a distinguished name such as cn=hr,ou=groups,dc=example,dc=org")));
                }
            }
            groups.put(role, names);
        });
        return new DirectoryRoles(groups);
    }

    /** The roles that members of these groups (distinguished names; any that are not count for nothing) get. */
    Set<Role> of(Collection<String> memberOf) {
        Set<LdapName> names = new HashSet<>();
        memberOf.forEach(group -> name(group).ifPresent(names::add));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach((role, roleGroups) -> {
            if (roleGroups.stream().anyMatch(names::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    private static Optional<LdapName> name(String distinguishedName) {
        try {
            LdapName name = new LdapName(distinguishedName.trim());
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }
}
