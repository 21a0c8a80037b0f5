package org.custos.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.KeyRing;
import org.custos.domain.shared.Role;
import org.custos.security.api.RequestRefused;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installs the data keys (X3) at start. From {@code custos.data.keys} (env {@code CUSTOS_DATA_KEYS}:
 * {@code id=base64,id=base64}, the first is current), or else from the key file {@code data-keys} in the data
 * directory, created with one key at first start. Adding a key (rotation) is possible only with the file:
 * with configured keys, the operator adds one in front and restarts.
 * <p>
 * A missing key file is made again only over a database that holds no encrypted value, and the audit key likewise
 * only over an empty audit chain ({@link MissingKeys}): otherwise the start fails here, before anything else runs,
 * saying which file to restore (issue 20).
 */
@Singleton
@Startup
public class DataKeyConfiguration {

    static final String FILE = "data-keys";
    private static final String CURRENT = "current";
    private static final String KEY = "key.";

    @Inject
    @ConfigProperty(name = "custos.data.keys")
    Optional<String> configured;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    MissingKeys missingKeys;

    @Inject
    AuditKey auditKey;

    @PostConstruct
    void install() {
        DataKeys.install(configured.map(DataKeyConfiguration::parse).orElseGet(this::fromFile));
        // the audit key now too: a missing one stops the start, not the first audited call
        auditKey.chain();
    }

    /** The key file the keys come from; empty when they are configured ({@code custos.data.keys}). */
    public Optional<Path> keyFile() {
        return configured.isPresent() ? Optional.empty() : Optional.of(dataDirectory.path().resolve(FILE));
    }

    static KeyRing parse(String keys) {
        Map<String, byte[]> ring = new LinkedHashMap<>();
        for (String entry : keys.split(",")) {
            String[] idAndKey = entry.trim().split("=", 2);
            if (idAndKey.length != 2) {
                throw new IllegalArgumentException("CUSTOS_DATA_KEYS is id=base64,id=base64 (the first is current)");
            }
            ring.put(idAndKey[0], Base64.getDecoder().decode(idAndKey[1]));
        }
        return new KeyRing(ring.keySet().iterator().next(), ring);
    }

    /** Adds a new current key to the key file; the older keys stay until a rotation no longer needs them. */
    @RolesAllowed(Role.Names.ADMIN)
    public KeyRing addKey(String id) {
        if (configured.isPresent()) {
            throw new RequestRefused("The data keys come from CUSTOS_DATA_KEYS: the system administrator adds the "
                    + "new key in front there and restarts Custos.");
        }
        Properties file = read();
        if (file.containsKey(KEY + id)) {
            throw new RequestRefused("A key was added a moment ago; wait a second before adding another.");
        }
        file.setProperty(KEY + id, Base64.getEncoder().encodeToString(KeyRing.newKey()));
        file.setProperty(CURRENT, id);
        write(file);
        KeyRing ring = ringOf(file);
        DataKeys.install(ring);
        return ring;
    }

    private KeyRing fromFile() {
        Path path = dataDirectory.path().resolve(FILE);
        if (Files.notExists(path)) {
            missingKeys.beforeNewDataKey(path);
            Properties file = new Properties();
            file.setProperty(KEY + "k1", Base64.getEncoder().encodeToString(KeyRing.newKey()));
            file.setProperty(CURRENT, "k1");
            write(file);
        }
        return ringOf(read());
    }

    private static KeyRing ringOf(Properties file) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        file.stringPropertyNames().stream().filter(name -> name.startsWith(KEY)).forEach(
                name -> keys.put(name.substring(KEY.length()), Base64.getDecoder().decode(file.getProperty(name))));
        return new KeyRing(file.getProperty(CURRENT), keys);
    }

    private Properties read() {
        try (Reader in = Files.newBufferedReader(dataDirectory.path().resolve(FILE))) {
            Properties file = new Properties();
            file.load(in);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data key file", e);
        }
    }

    private void write(Properties file) {
        Path path = dataDirectory.path().resolve(FILE);
        try {
            Path written = Files.createTempFile(path.getParent(), FILE, ".new");
            if (written.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(written)) {
                file.store(out, "Custos data keys (X3): never copy into the repository or the database");
            }
            Files.move(written, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the data key file", e);
        }
    }
}
