package org.custos.system.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes one section of {@code docs/reliability.md} (issue 20: figure, target, measured, date) between its two
 * marker lines, as the benchmarks write {@code docs/performance.md}: what is written by hand around the markers, and
 * the other tests' sections, stay; between runs only the measured figures and the date change.
 */
final class ReliabilityReport {

    private static final String TITLE = "# Reliability\n\nThe figures of the reliability and security suite (issue 20),"
            + " each written by the test that measures it, between its markers.\n\n";

    private ReliabilityReport() {
    }

    /** A row: what is measured, the target, what was measured. */
    record Figure(String figure, String target, String measured) {
    }

    /** Replaces the section {@code name} of {@code file}, or adds it at the end (creating the file). */
    static void write(Path file, String name, String heading, String note, List<Figure> figures) throws IOException {
        String begin = "<!-- " + name + ":begin (written by the test; edit outside these lines) -->";
        String end = "<!-- " + name + ":end -->";
        StringBuilder section = new StringBuilder(begin).append('\n').append("## ").append(heading).append("\n\n")
                .append(note).append("\n\n| figure | target | measured | date |\n|---|---|---|---|\n");
        LocalDate today = LocalDate.now();
        for (Figure figure : figures) {
            section.append("| ").append(figure.figure()).append(" | ").append(figure.target()).append(" | ")
                    .append(figure.measured()).append(" | ").append(today).append(" |\n");
        }
        section.append(end).append('\n');
        String text = Files.exists(file) ? Files.readString(file) : TITLE;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + section + text.substring(to + end.length()).replaceFirst("^\n", "");
        } else {
            text = text + (text.endsWith("\n\n") ? "" : "\n") + section;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }
}
