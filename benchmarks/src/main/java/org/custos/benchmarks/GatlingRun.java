package org.custos.benchmarks;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one Gatling simulation in this JVM and reads its figures back from the report it wrote
 * ({@code js/stats.json}: per request, the 50th and 95th percentiles of the successful responses and the failures).
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
        return new GatlingRun(report, timings(report.resolve("js/stats.json")));
    }

    Path indexPage() {
        return report.resolve("index.html");
    }

    private static Map<String, Timing> timings(Path stats) throws IOException {
        JsonObject root;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(stats))) {
            root = reader.readObject();
        }
        Map<String, Timing> timings = new LinkedHashMap<>();
        timings.put("", timing("all requests", root.getJsonObject("stats")));
        root.getJsonObject("contents").values().stream().map(JsonValue::asJsonObject)
                .filter(request -> "REQUEST".equals(request.getString("type")))
                .forEach(request -> timings.put(request.getString("name"),
                        timing(request.getString("name"), request.getJsonObject("stats"))));
        return timings;
    }

    private static Timing timing(String name, JsonObject stats) {
        return new Timing(name, number(stats, "percentiles1", "ok"), number(stats, "percentiles3", "ok"),
                (long) number(stats, "numberOfRequests", "total"), (long) number(stats, "numberOfRequests", "ko"));
    }

    /** Gatling writes "-" where there is no value (no successful response). */
    private static double number(JsonObject stats, String figure, String which) {
        JsonValue value = stats.getJsonObject(figure).get(which);
        return value instanceof JsonNumber number ? number.doubleValue() : Double.NaN;
    }
}
