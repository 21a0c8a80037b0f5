package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.custos.domain.shared.Role;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation's directory (LDAP or Active Directory), settings with defaults; without {@code custos.ldap.url}
 * nobody signs in through a directory. The user is found under {@code custos.ldap.user-base} with
 * {@code custos.ldap.user-filter} ({@code {0}} the user name; Active Directory: {@code (sAMAccountName={0})}), by
 * the account {@code custos.ldap.bind-dn} / {@code custos.ldap.bind-password} (anonymously without one), then their
 * password is checked by binding as them. Their groups are the user entry's {@code memberOf} and, with
 * {@code custos.ldap.group-base}, the entries found there with {@code custos.ldap.group-filter} ({@code {0}} the
 * user's distinguished name). {@code custos.ldap.groups.<role>} ({@code hr}, {@code dpm}, {@code admin},
 * {@code hiring-manager}, {@code finance}, {@code staff}) names the groups, by distinguished name and separated by
 * {@code ;}, whose members get the role.
 */
@ApplicationScoped
public class DirectorySettings {

    static final String GROUPS = "custos.ldap.groups.";

    @Inject
    @ConfigProperty(name = "custos.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "custos.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "custos.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "custos.ldap.user-base")
    Optional<String> userBase;

    @Inject
    @ConfigProperty(name = "custos.ldap.user-filter", defaultValue = "(uid={0})")
    String userFilter;

    @Inject
    @ConfigProperty(name = "custos.ldap.group-base")
    Optional<String> groupBase;

    @Inject
    @ConfigProperty(name = "custos.ldap.group-filter", defaultValue = "(|(member={0})(uniqueMember={0}))")
    String groupFilter;

    @Inject
    @ConfigProperty(name = "custos.ldap.timeout-seconds", defaultValue = "5")
    int timeoutSeconds;

    @Inject
    Config config;

    boolean enabled() {
        return url.filter(value -> !value.isBlank()).isPresent();
    }

    String url() {
        return url.orElseThrow();
    }

    Optional<String> bindDn() {
        return bindDn.filter(value -> !value.isBlank());
    }

    String bindPassword() {
        return bindPassword.orElse("");
    }

    /** Empty: the whole directory. */
    String userBase() {
        return userBase.orElse("");
    }

    String userFilter() {
        return userFilter;
    }

    Optional<String> groupBase() {
        return groupBase.filter(value -> !value.isBlank());
    }

    String groupFilter() {
        return groupFilter;
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** Each role's setting as written, for the roles that have one. */
    Map<Role, String> roleGroups() {
        Map<Role, String> groups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            config.getOptionalValue(settingOf(role), String.class).filter(value -> !value.isBlank())
                    .ifPresent(value -> groups.put(role, value));
        }
        return groups;
    }

    static String settingOf(Role role) {
        return GROUPS + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
