package org.custos.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.custos.testsupport.ContextDeployment;
import org.custos.testsupport.Documents;
import org.custos.testsupport.UnboundCiphertext;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The security context's deployment that {@link SecurityContextIT} and {@link DirectoryLoginIT} share, so that one
 * Payara Micro serves both: the same settings each time it is built in the test JVM. The audit checkpoint goes to a
 * file outside the data directory; the administrator and the DPM need a second factor; an intake client may send 3 requests a minute; users may sign in through
 * the {@link TestDirectory}.
 */
final class SecurityDeployment {

    private static Map<String, String> settings;

    private SecurityDeployment() {
    }

    static WebArchive war() {
        return ContextDeployment.war("security", settings(), Documents.class, UnboundCiphertext.class);
    }

    private static synchronized Map<String, String> settings() {
        if (settings == null) {
            Map<String, String> made = new HashMap<>(TestDirectory.settings());
            made.put(SecurityContextIT.CHECKPOINT_FILE, checkpointFile().toString());
            made.put("custos.second-factor.required", "true");
            made.put("custos.api.requests-per-minute", "3");
            settings = Map.copyOf(made);
        }
        return settings;
    }

    private static Path checkpointFile() {
        try {
            Path checkpoints = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty(
                    "custos.test.data.dir", "target/it-data"))), "checkpoints-");
            return checkpoints.resolve("security.checkpoint").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
