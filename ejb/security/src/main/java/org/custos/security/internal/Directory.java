package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * Asks the organisation's directory ({@link DirectorySettings}) whether a user name and password are right, with
 * the JDK's LDAP client: finds the user's entry, binds as it with the password, and reads their groups.
 */
@ApplicationScoped
class Directory {

    private static final String[] USER_ATTRIBUTES = {"displayName", "cn", "mail", "memberOf"};

    @Inject
    DirectorySettings settings;

    boolean enabled() {
        return settings.enabled();
    }

    /**
     * The user, when the directory has exactly one entry for the name and accepts the password; empty otherwise.
     *
     * @throws DirectoryUnavailable when the directory cannot be asked
     */
    Optional<DirectoryUser> authenticate(String username, String password) {
        if (password == null || password.isEmpty()) {
            // an LDAP bind with an empty password is an anonymous bind, which many directories accept
            return Optional.empty();
        }
        DirContext search = connect(settings.bindDn().orElse(null), settings.bindPassword());
        try {
            Optional<SearchResult> entry = onlyEntry(search, username);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            String dn = entry.get().getNameInNamespace();
            if (!passwordAccepted(dn, password)) {
                return Optional.empty();
            }
            Attributes attributes = entry.get().getAttributes();
            Set<String> groups = new HashSet<>(values(attributes.get("memberOf")));
            groups.addAll(groupsOf(search, dn));
            Optional<String> displayName = first(attributes.get("displayName"));
            if (displayName.isEmpty()) {
                displayName = first(attributes.get("cn"));
            }
            return Optional.of(new DirectoryUser(dn, displayName.orElse(username), first(attributes.get("mail")), groups));
        } catch (NamingException e) {
            throw new DirectoryUnavailable("The directory at " + settings.url() + " did not answer: " + e, e);
        } finally {
            close(search);
        }
    }

    private Optional<SearchResult> onlyEntry(DirContext search, String username) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(USER_ATTRIBUTES);
        controls.setCountLimit(2);
        controls.setTimeLimit(timeoutMillis());
        List<SearchResult> found = new ArrayList<>();
        NamingEnumeration<SearchResult> results = search.search(settings.userBase(), settings.userFilter(),
                new Object[] {username}, controls);
        try {
            while (results.hasMore()) {
                found.add(results.next());
            }
        } catch (SizeLimitExceededException e) {
            return Optional.empty();
        } catch (PartialResultException referralsLeftOut) {
            // Active Directory answers a search from the domain's root with referrals, which are not followed
        } finally {
            results.close();
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private boolean passwordAccepted(String dn, String password) {
        try {
            close(connect(dn, password));
            return true;
        } catch (DirectoryUnavailable e) {
            if (e.getCause() instanceof AuthenticationException) {
                return false;
            }
            throw e;
        }
    }

    private Set<String> groupsOf(DirContext search, String dn) throws NamingException {
        Set<String> groups = new HashSet<>();
        if (settings.groupBase().isEmpty()) {
            return groups;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[0]);
        controls.setTimeLimit(timeoutMillis());
        NamingEnumeration<SearchResult> results = search.search(settings.groupBase().get(), settings.groupFilter(),
                new Object[] {dn}, controls);
        try {
            while (results.hasMore()) {
                groups.add(results.next().getNameInNamespace());
            }
        } catch (PartialResultException referralsLeftOut) {
            // as for the user's entry
        } finally {
            results.close();
        }
        return groups;
    }

    private DirContext connect(String principal, String password) {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(timeoutMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(timeoutMillis()));
        if (principal == null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, password);
        }
        try {
            return new InitialDirContext(environment);
        } catch (NamingException e) {
            throw new DirectoryUnavailable("Cannot sign in to the directory at " + settings.url() + " as "
                    + (principal == null ? "anonymous" : principal) + ": " + e, e);
        }
    }

    private int timeoutMillis() {
        return (int) settings.timeout().toMillis();
    }

    private static Optional<String> first(Attribute attribute) throws NamingException {
        return values(attribute).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private static Set<String> values(Attribute attribute) throws NamingException {
        Set<String> values = new LinkedHashSet<>();
        if (attribute != null) {
            NamingEnumeration<?> all = attribute.getAll();
            while (all.hasMore()) {
                values.add(String.valueOf(all.next()));
            }
        }
        return values;
    }

    private static void close(DirContext context) {
        try {
            context.close();
        } catch (NamingException ignored) {
            // the connection is gone either way
        }
    }
}
