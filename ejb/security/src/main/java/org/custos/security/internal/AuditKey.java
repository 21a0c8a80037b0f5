package org.custos.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit chain's key: {@code custos.audit.key} (env {@code CUSTOS_AUDIT_KEY}, base64 of at least 32 bytes),
 * or a key generated into the data directory at first start: only then, over an empty chain ({@link MissingKeys}).
 */
@ApplicationScoped
public class AuditKey {

    static final String FILE = "audit.key";

    @Inject
    @ConfigProperty(name = "custos.audit.key")
    Optional<String> configured;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    MissingKeys missingKeys;

    private AuditChain chain;

    synchronized AuditChain chain() {
        if (chain == null) {
            byte[] key = configured.map(value -> Base64.getDecoder().decode(value.trim()))
                    .orElseGet(this::fromFile);
            chain = new AuditChain(key);
        }
        return chain;
    }

    /** The key file the key comes from; empty when it is configured ({@code custos.audit.key}). */
    Optional<Path> keyFile() {
        return configured.isPresent() ? Optional.empty() : Optional.of(dataDirectory.path().resolve(FILE));
    }

    private byte[] fromFile() {
        Path file = dataDirectory.path().resolve(FILE);
        if (Files.notExists(file)) {
            missingKeys.beforeNewAuditKey(file);
        }
        return dataDirectory.keyFile(FILE, 32);
    }
}
