package org.custos.benchmarks;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM and reads its figures back from the report it wrote: per request, the
 * 50th and 95th percentiles of the successful responses and the failures, and the same of each top-level group's
 * runs (their duration when {@code gatling.charting.useGroupDurationMetric} is set). Gatling 3.13 keeps them only in
 * the report's script ({@code js/stats.js}: {@code var stats = {...}}, JSON but for its unquoted top-level keys).
 */
record GatlingRun(Path report, Map<String, Timing> timings) {

    static GatlingRun of(Class<? extends Simulation> simulation, Path results, String description)
            throws IOException {
        Files.createDirectories(results);
        int status = Gatling$.MODULE$.fromArgs(new String[] {"-s", simulation.getName(), "-rf", results.toString(),
                "-rd", description});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status + " for " + simulation.getName());
        }
        String prefix = simulation.getSimpleName().toLowerCase(Locale.ROOT) + "-";
        Path report;
        try (Stream<Path> runs = Files.list(results)) {
            report = runs.filter(run -> run.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(run -> run.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + results));
        }
        return new GatlingRun(report, timings(report.resolve("js/stats.js")));
    }

    Path indexPage() {
        return report.resolve("index.html");
    }

    private static Map<String, Timing> timings(Path stats) throws IOException {
        String script = Files.readString(stats);
        String object = script.substring(script.indexOf('{'), script.indexOf("function fillStats"))
                .replaceAll("(?m)^(\\s*)([A-Za-z]\\w*): ", "$1\"$2\": ");
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(object))) {
            root = reader.readObject();
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        timings.put("", timing("all requests", root.getJsonObject("stats")));
        root.getJsonObject("contents").values().stream().map(JsonValue::asJsonObject)
                .filter(request -> Set.of("REQUEST", "GROUP").contains(request.getString("type")))
                .forEach(request -> timings.put(request.getString("name"),
                        timing(request.getString("name"), request.getJsonObject("stats"))));
        return timings;
    }

    private static Timing timing(String name, JsonObject stats) {
        return new Timing(name, number(stats, "percentiles1", "ok"), number(stats, "percentiles3", "ok"),
                (long) number(stats, "numberOfRequests", "total"), (long) number(stats, "numberOfRequests", "ko"));
    }

    /** Gatling writes numbers as strings, and "-" where there is none (no successful response). */
    private static double number(JsonObject stats, String figure, String which) {
        String value = stats.getJsonObject(figure).getString(which);
        return "-".equals(value) ? Double.NaN : Double.parseDouble(value);
    }
}
