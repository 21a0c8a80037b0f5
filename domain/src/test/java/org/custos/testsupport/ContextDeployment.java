package org.custos.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.Role;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment of one context (EJB module) on Payara Micro: a WAR holding
 * <ul>
 *   <li>the module's own classes ({@code target/classes}) as {@code WEB-INF/lib/custos-<name>.jar};</li>
 *   <li>only the module's declared runtime dependencies (the build lists them in
 *       {@code target/deployment-classpath.txt}; in a reactor build the sibling modules are their
 *       freshly built jars);</li>
 *   <li>all of the module's test classes ({@code target/test-classes}), the given test classes (of the modules
 *       it uses), the {@link #supportClasses() test support every deployment carries} and a {@code beans.xml}:
 *       the same archive for every test class of the module, so that one Payara Micro serves them all
 *       ({@code org.custos.testsupport.micro} in {@code ejb/src/test});</li>
 *   <li>{@code META-INF/microprofile-config.properties}: {@code custos.data.dir} (a directory under
 *       {@code target/it-data}, one for the test JVM: the test classes of a module share one database, so they must
 *       share its data keys, which Custos refuses to make again over encrypted values), the audit key
 *       ({@link #AUDIT_KEY}: likewise the key of its audit chain), the first administrator
 *       ({@link #ADMIN_USER}, {@link #ADMIN_PASSWORD}), and whatever the test adds or overrides;</li>
 *   <li>{@code WEB-INF/glassfish-web.xml}, {@code ejb-jar.xml} and {@code glassfish-ejb-jar.xml}: each role
 *       is the group of the same name, and each run-as bean calls with its role as principal
 *       {@link Callers#principal(Role)}, who holds that role only.</li>
 * </ul>
 * The data source {@code jdbc/custos} is not in the WAR: Payara Micro's post-boot commands create it on
 * the embedded PostgreSQL ({@link TestPostgres}).
 */
public final class ContextDeployment {

    public static final String ADMIN_USER = "first-admin";
    public static final String ADMIN_PASSWORD = "Only for tests: 4711 lilac ravens";
    /** Only for tests: base64 of 32 bytes. */
    public static final String AUDIT_KEY = "dGVzdHMgb25seTogdGhlIGF1ZGl0IGNoYWluIGtleSE=";

    private static final Map<String, Path> DATA_DIRECTORIES = new ConcurrentHashMap<>();

    private ContextDeployment() {
    }

    /** The deployment of the context module {@code name} (also the WAR's name and context root). */
    public static WebArchive war(String name, Class<?>... testClasses) {
        return war(name, Map.of(), testClasses);
    }

    /** As {@link #war(String, Class[])}, with MicroProfile Config entries added or overridden. */
    public static WebArchive war(String name, Map<String, String> config, Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(moduleJar(name))
                .merge(moduleTestClasses(), "/WEB-INF/classes")
                .addClasses(testClasses)
                .addClasses(supportClasses())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset(glassfishWeb()), "glassfish-web.xml")
                .addAsWebInfResource(new StringAsset(ejbJar()), "ejb-jar.xml")
                .addAsWebInfResource(new StringAsset(glassfishEjbJar()), "glassfish-ejb-jar.xml")
                .addAsResource(new StringAsset(configProperties(name, config)), "META-INF/microprofile-config.properties");
        for (Path library : runtimeDependencies()) {
            if (Files.isDirectory(library)) {
                war.addAsLibrary(withoutEjbDescriptor(ShrinkWrap.create(JavaArchive.class,
                        library.getParent().getFileName() + ".jar").as(ExplodedImporter.class)
                        .importDirectory(library.toFile()).as(JavaArchive.class)));
            } else {
                war.addAsLibrary(withoutEjbDescriptor(ShrinkWrap.create(ZipImporter.class,
                        library.getFileName().toString()).importFrom(library.toFile()).as(JavaArchive.class)));
            }
        }
        return war;
    }

    /**
     * The test support every test deployment carries, in a context's WAR or in an EAR's test module: the
     * {@link Callers} run-as beans, {@link Sql}, {@link Names}, {@link Failures}, {@link TestAccounts} and
     * {@link IssuedNotice}.
     */
    public static Class<?>[] supportClasses() {
        List<Class<?>> classes = new ArrayList<>(Callers.classes());
        classes.addAll(List.of(Sql.class, Names.class, Failures.class, TestAccounts.class, IssuedNotice.class));
        return classes.toArray(Class<?>[]::new);
    }

    private static JavaArchive moduleJar(String name) {
        Path classes = setting("custos.test.module.classes", "target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("No module classes at " + classes.toAbsolutePath());
        }
        return withoutEjbDescriptor(ShrinkWrap.create(JavaArchive.class, "custos-" + name + ".jar")
                .as(ExplodedImporter.class).importDirectory(classes.toFile()).as(JavaArchive.class));
    }

    /**
     * A module's jar without its {@code META-INF/ejb-jar.xml}: in the EAR each EJB module declares the refusals as
     * application exceptions there, but inside one WAR the descriptor is the WAR's own ({@link #ejbJar()}), the
     * refusals' annotations are seen by every bean, and Payara Micro fails to deploy a WAR whose libraries carry
     * EJB descriptors ("Error processing EjbDescriptor").
     */
    private static JavaArchive withoutEjbDescriptor(JavaArchive jar) {
        if (jar.contains("META-INF/ejb-jar.xml")) {
            jar.delete("META-INF/ejb-jar.xml");
        }
        return jar;
    }

    /** The module's test classes and resources, but for the test extension that is never deployed. */
    private static GenericArchive moduleTestClasses() {
        Path classes = setting("custos.test.module.test.classes", "target/test-classes");
        return ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class).importDirectory(classes.toFile(),
                Filters.exclude("/org/custos/testsupport/micro/.*|/META-INF/services/org\\.jboss\\.arquillian\\..*"))
                .as(GenericArchive.class);
    }

    private static List<Path> runtimeDependencies() {
        Path list = setting("custos.test.deployment.classpath", "target/deployment-classpath.txt");
        try {
            String classpath = Files.readString(list).trim();
            return classpath.isEmpty() ? List.of()
                    : Arrays.stream(classpath.split(java.io.File.pathSeparator)).map(Paths::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No list of runtime dependencies at " + list.toAbsolutePath()
                    + " (the build writes it in pre-integration-test; run the test with mvn verify)", e);
        }
    }

    private static String configProperties(String name, Map<String, String> overrides) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("custos.data.dir", dataDirectory(name).toString());
        config.put("custos.audit.key", AUDIT_KEY);
        config.put("custos.admin.user", ADMIN_USER);
        config.put("custos.admin.password", ADMIN_PASSWORD);
        config.putAll(overrides);
        Properties properties = new Properties();
        properties.putAll(config);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // without the date line store writes: the same configuration is the same file
        return text.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * One data directory for the test JVM, named after the first deployment: every deployment of the JVM uses the one
     * database ({@link TestPostgres}), so it needs the data keys the first one made there.
     */
    private static Path dataDirectory(String name) {
        return DATA_DIRECTORIES.computeIfAbsent("the test JVM's", key -> {
            Path base = setting("custos.test.data.dir", "target/it-data");
            try {
                Files.createDirectories(base);
                return Files.createTempDirectory(base, name + "-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Each role is the group of the same name, and the principal its run-as bean calls as: the
     * {@code glassfish-application.xml} of an EAR whose modules use {@link Callers}.
     */
    public static String glassfishApplication() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-application PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Java EE Application 6.0//EN"
                  "http://glassfish.org/dtds/glassfish-application_6_0-1.dtd">
                <glassfish-application>
                """ + roleMappings() + """
                </glassfish-application>
                """;
    }

    /** Each role is the group of the same name, and the principal its run-as bean calls as. */
    private static String glassfishWeb() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN"
                  "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                <glassfish-web-app>
                """ + roleMappings() + """
                </glassfish-web-app>
                """;
    }

    private static String roleMappings() {
        return eachRole(role -> """
                  <security-role-mapping>
                    <role-name>%1$s</role-name>
                    <principal-name>%2$s</principal-name>
                    <group-name>%1$s</group-name>
                  </security-role-mapping>
                """.formatted(role.name(), Callers.principal(role))) + Arrays.stream(ClientScope.values())
                .map(scope -> """
                  <security-role-mapping>
                    <role-name>%1$s</role-name>
                    <group-name>%1$s</group-name>
                  </security-role-mapping>
                """.formatted(scope.role())).collect(Collectors.joining());
    }

    /** The role each run-as bean calls with (the {@code ejb-jar.xml} of a module holding {@link Callers}). */
    public static String ejbJar() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/ejb-jar_4_0.xsd"
                         version="4.0">
                  <enterprise-beans>
                """ + eachRole(role -> """
                    <session>
                      <ejb-name>%s</ejb-name>
                      <security-identity><run-as><role-name>%s</role-name></run-as></security-identity>
                    </session>
                """.formatted(Callers.beanClass(role).getSimpleName(), role.name())) + """
                  </enterprise-beans>
                </ejb-jar>
                """;
    }

    /** The principal each run-as bean calls as (its {@code glassfish-ejb-jar.xml}). */
    public static String glassfishEjbJar() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN"
                  "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
                <glassfish-ejb-jar>
                  <enterprise-beans>
                """ + eachRole(role -> """
                    <ejb>
                      <ejb-name>%s</ejb-name>
                      <principal><name>%s</name></principal>
                    </ejb>
                """.formatted(Callers.beanClass(role).getSimpleName(), Callers.principal(role))) + """
                  </enterprise-beans>
                </glassfish-ejb-jar>
                """;
    }

    private static String eachRole(Function<Role, String> text) {
        return Arrays.stream(Role.values()).map(text).collect(Collectors.joining());
    }

    private static Path setting(String property, String fallback) {
        return Paths.get(System.getProperty(property, fallback));
    }
}
