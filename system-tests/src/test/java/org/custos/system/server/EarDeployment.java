package org.custos.system.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.custos.protection.testsupport.ProtectionDeployment;
import org.custos.testsupport.Callers;
import org.custos.testsupport.ContextDeployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the sysadmin deploys ({@code ear/target/custos.ear}), plus one test EJB module
 * ({@code custos-probe.jar}) with the test classes, the test support every deployment carries
 * ({@link ContextDeployment#supportClasses()}, with the {@link Callers} run-as beans) and the protection fixtures
 * ({@link ProtectionDeployment#fixtures()}). Two test-only changes:
 * the role mapping gains the test callers' principals, and Arquillian's runner servlet in the web module is
 * reachable without a login (every other path still needs one).
 */
public final class EarDeployment {

    private static final String PROBE = Callers.EAR_MODULE + ".jar";
    private static final String WEB = "custos-web.war";
    private static final String RUNNER_PATH = "/ArquillianServletRunnerEE9";

    private EarDeployment() {
    }

    /** The EAR file exactly as built. */
    public static Path asBuilt() {
        return Path.of(System.getProperty("custos.test.ear", "../ear/target/custos.ear"));
    }

    static EnterpriseArchive withProbe(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "custos.ear").importFrom(asBuilt().toFile())
                .as(EnterpriseArchive.class);
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, PROBE)
                .addClasses(testClasses)
                .addClasses(ContextDeployment.supportClasses())
                .addClasses(ProtectionDeployment.fixtures())
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new StringAsset(ContextDeployment.ejbJar()), "ejb-jar.xml")
                .addAsManifestResource(new StringAsset(ContextDeployment.glassfishEjbJar()), "glassfish-ejb-jar.xml");
        String modules = text(ear, "META-INF/application.xml");
        int lastModule = modules.lastIndexOf("</module>") + "</module>".length();
        String application = modules.substring(0, lastModule) + "<module><ejb>" + PROBE + "</ejb></module>"
                + modules.substring(lastModule);
        WebArchive web = ear.getAsType(WebArchive.class, WEB);
        String webXml = text(web, "WEB-INF/web.xml").replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>" + RUNNER_PATH + "</url-pattern>");
        web.delete("WEB-INF/web.xml");
        web.setWebXML(new StringAsset(webXml));
        ear.delete(WEB);
        ear.delete("META-INF/application.xml");
        ear.delete("META-INF/glassfish-application.xml");
        return ear.addAsModule(probe)
                .addAsModule(Testable.archiveToTest(web))
                .setApplicationXML(new StringAsset(application))
                .addAsManifestResource(new StringAsset(ContextDeployment.glassfishApplication()),
                        "glassfish-application.xml");
    }

    private static String text(Archive<?> archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
