package org.custos.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** What the figures were measured on, from the JVM and Linux's {@code /proc}. */
record Machine(String shortly, String fully) {

    static Machine current() {
        int cores = Runtime.getRuntime().availableProcessors();
        String memory = procLine("/proc/meminfo", "MemTotal")
                .map(line -> String.format("%.1f GB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("? GB");
        String cpu = procLine("/proc/cpuinfo", "model name").map(line -> line.replaceFirst(".*:\\s*", ""))
                .orElse(System.getProperty("os.arch"));
        String shortly = cores + " cores, " + memory;
        return new Machine(shortly, shortly + ", " + cpu + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", JDK " + System.getProperty("java.version"));
    }

    private static Optional<String> procLine(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key)).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
