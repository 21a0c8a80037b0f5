package org.custos.system.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The log of the system tests' Payara Server domain, read from outside the server: a mark at its end now, and the
 * lines the server logged after it (in every {@code server.log} file, rotated ones included).
 */
final class ServerLog {

    private final Map<Path, Long> sizes;

    private ServerLog(Map<Path, Long> sizes) {
        this.sizes = sizes;
    }

    /** A mark at the end of every log file as it is now. */
    static ServerLog mark() throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(logs())) {
            for (Path file : files.toList()) {
                sizes.put(file, Files.size(file));
            }
        }
        return new ServerLog(sizes);
    }

    /** The lines logged since the mark that match. */
    List<String> linesSince(Predicate<String> matching) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                int from = (int) Math.min(bytes.length, sizes.getOrDefault(file, 0L));
                new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).lines().filter(matching)
                        .forEach(lines::add);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }

    private static Path logs() {
        return Path.of(System.getProperty("custos.test.domains.dir"), "custos", "logs");
    }
}
