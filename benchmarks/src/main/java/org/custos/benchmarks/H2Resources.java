package org.custos.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The H2 data source {@code run.sh} gives its domain ({@code payara/h2-resources.xml}), which the harness copies. */
final class H2Resources {

    private static final Pattern URL_OPTIONS = Pattern.compile("jdbc:h2:file:@FILE@;([^\"]*)\"");

    private H2Resources() {
    }

    /** The resources for a database in {@code file} (without its ending) with {@code password}. */
    static String forFile(Path file, String password) {
        return template().replace("@FILE@", file.toAbsolutePath().toString()).replace("@PASSWORD@", password);
    }

    /** The options of {@code run.sh}'s database URL (PostgreSQL mode ...), which every connection must repeat. */
    static String urlOptions() {
        Matcher options = URL_OPTIONS.matcher(template());
        if (!options.find()) {
            throw new IllegalStateException("payara/h2-resources.xml has no H2 URL");
        }
        return options.group(1);
    }

    private static String template() {
        Path root = Path.of(System.getProperty("custos.root", ".")).toAbsolutePath().normalize();
        try {
            return Files.readString(root.resolve("payara/h2-resources.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
