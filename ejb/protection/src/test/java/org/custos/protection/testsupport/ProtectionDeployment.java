package org.custos.protection.testsupport;

import java.util.Map;
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

    /**
     * The fixtures, for a deployment of another context or of the EAR whose tests use them, with the documents and
     * PDFs tests make and read and the SQL statements they count: every test class of a context carries the same.
     */
    public static Class<?>[] fixtures() {
        return new Class<?>[] {People.class, Gate.class, Requests.class, SeededPurposes.class, BreachForms.class,
                SqlStatements.class, Documents.class, PdfText.class};
    }

    /** The protection context with its test classes and the fixtures. */
    public static WebArchive war() {
        return war(Map.of());
    }

    /** As {@link #war()}, with MicroProfile Config entries added or overridden. */
    public static WebArchive war(Map<String, String> config) {
        return ContextDeployment.war("protection", config, fixtures());
    }
}
