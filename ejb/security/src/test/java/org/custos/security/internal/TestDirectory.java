package org.custos.security.internal;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Map;

/**
 * The organisation's directory in the tests: UnboundID's in-memory LDAP server on 127.0.0.1, holding
 * {@code directory.ldif}, started once per test JVM (in the client JVM for the tests on Payara Micro, which reaches it
 * over the loopback). Its administrator is {@link #MANAGER}; the application searches as {@link #SEARCHER}.
 */
final class TestDirectory {

    static final String BASE = "dc=example,dc=org";
    static final String MANAGER = "cn=Directory Manager";
    static final String MANAGER_PASSWORD = "only for tests: the directory manager";
    static final String SEARCHER = "uid=custos-search,ou=people," + BASE;
    static final String SEARCHER_PASSWORD = "only for tests: custos searches";
    static final String HR_GROUP = "cn=hr,ou=groups," + BASE;
    static final String ADMIN_GROUP = "cn=IT Administrators,ou=groups," + BASE;

    private static InMemoryDirectoryServer server;

    private TestDirectory() {
    }

    /** The ldap:// address of the directory, started at the first call. */
    static synchronized String url() {
        if (server == null) {
            server = started();
        }
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    /** The settings that point Custos at this directory, with the HR and administrator groups mapped. */
    static Map<String, String> settings() {
        return Map.of("custos.ldap.url", url(),
                "custos.ldap.bind-dn", SEARCHER,
                "custos.ldap.bind-password", SEARCHER_PASSWORD,
                "custos.ldap.user-base", BASE,
                "custos.ldap.group-base", "ou=groups," + BASE,
                DirectorySettings.GROUPS + "hr", HR_GROUP,
                DirectorySettings.GROUPS + "admin", ADMIN_GROUP);
    }

    private static InMemoryDirectoryServer started() {
        try (InputStream ldif = TestDirectory.class.getResourceAsStream("/directory.ldif")) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
            config.addAdditionalBindCredentials(SEARCHER, SEARCHER_PASSWORD);
            // memberOf, as Active Directory keeps it, is not in the standard schema
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("loopback",
                    InetAddress.getLoopbackAddress(), 0, null));
            InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
            directory.importFromLDIF(true, new LDIFReader(ldif));
            directory.startListening();
            return directory;
        } catch (LDAPException e) {
            throw new IllegalStateException("The test directory did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
