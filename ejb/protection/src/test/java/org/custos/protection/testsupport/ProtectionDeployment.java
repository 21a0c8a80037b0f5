package org.custos.protection.testsupport;

import java.util.Map;
import java.util.stream.Stream;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.PdfText;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The protection context's test deployment on Payara Micro, and the fixtures of this package that any test
 * deployment using them must carry: the tests call the fixtures inside the server.
 */
public final class ProtectionDeployment {

    private ProtectionDeployment() {
    }

    /** The fixtures, for a deployment of another context or of the EAR whose tests use them. */
    public static Class<?>[] fixtures() {
        return new Class<?>[] {People.class, Gate.class, Requests.class, SeededPurposes.class, BreachForms.class};
    }

    /** The protection context with the test class, the fixtures, and the documents and PDFs tests make and read. */
    public static WebArchive war(Class<?> testClass) {
        return war(testClass, Map.of());
    }

    /** As {@link #war(Class)}, with MicroProfile Config entries added or overridden. */
    public static WebArchive war(Class<?> testClass, Map<String, String> config) {
        return ContextDeployment.war("protection", config, Stream.concat(Stream.of(testClass, Documents.class,
                PdfText.class), Stream.of(fixtures())).toArray(Class<?>[]::new));
    }
}
