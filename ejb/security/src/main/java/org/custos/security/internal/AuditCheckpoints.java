package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit chain's checkpoints, kept outside the database (X2) so that a chain cut short and re-sealed with an
 * earlier head row is still found out: the last one in a file, {@code custos.audit.checkpoint.file} (env
 * {@code CUSTOS_AUDIT_CHECKPOINT_FILE}), by default {@value #FILE} in the data directory; every one in the server
 * log.
 */
@ApplicationScoped
public class AuditCheckpoints {

    static final String FILE = "audit-checkpoint";
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @Inject
    @ConfigProperty(name = "custos.audit.checkpoint.file")
    Optional<String> configured;

    @Inject
    DataDirectory dataDirectory;

    Path file() {
        return configured.map(Path::of).orElseGet(() -> dataDirectory.path().resolve(FILE));
    }

    /** The last checkpoint written; empty before the first. */
    public synchronized Optional<Checkpoint> last() {
        Path file = file();
        try {
            return Files.exists(file) ? Optional.of(Checkpoint.parse(Files.readString(file))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint " + file, e);
        }
    }

    /** Replaces the file's checkpoint in one step (never half written) and logs it. */
    public synchronized void write(Checkpoint checkpoint) {
        Path file = file();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.writeString(file.resolveSibling(file.getFileName() + ".new"), checkpoint.line());
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint " + file, e);
        }
        LOG.info(() -> "Audit chain checkpoint: entry " + checkpoint.position() + ", MAC " + checkpoint.mac()
                + ", at " + checkpoint.at());
    }
}
