package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Custos keeps what must survive restarts but never sits in the repository or the database: generated
 * keys, and the audit chain's checkpoint. Set with {@code custos.data.dir} (env {@code CUSTOS_DATA_DIR}); by default a folder in the server's
 * instance directory.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "custos.data.dir")
    Optional<String> configured;

    public Path path() {
        Path dir = Path.of(configured.orElseGet(() -> System.getProperty("com.sun.aas.instanceRoot",
                System.getProperty("java.io.tmpdir")) + "/custos-data"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
    }

    /** The base64 key in {@code name}, created with {@code bytes} random bytes, owner-only, when absent. */
    public synchronized byte[] keyFile(String name, int bytes) {
        Path file = path().resolve(name);
        try {
            if (Files.notExists(file)) {
                byte[] key = new byte[bytes];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                restrictToOwner(file);
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
