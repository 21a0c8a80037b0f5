package org.custos.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.KeyRing;

/**
 * The running application's data keys (X3), read from the key file it wrote in its data directory at start
 * ({@code data-keys}: {@code current=<id>} and {@code key.<id>=<base64>}), installed in this JVM so that seeded
 * encrypted columns are sealed by the application's own rule ({@code EncryptedColumns}) under its key.
 */
final class DataKeyFile {

    private static final String KEY = "key.";

    private DataKeyFile() {
    }

    static void install(Path dataDirectory) throws IOException {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(dataDirectory.resolve("data-keys"))) {
            file.load(in);
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        file.stringPropertyNames().stream().filter(name -> name.startsWith(KEY)).forEach(
                name -> keys.put(name.substring(KEY.length()), Base64.getDecoder().decode(file.getProperty(name))));
        DataKeys.install(new KeyRing(file.getProperty("current"), keys));
    }
}
