package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custos.testsupport.Sql;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the sysadmin's monitoring reads from the deployed EAR (README, "Monitoring"): Payara's {@code /health/ready}
 * and {@code /health/live} name Custos's checks, UP, each saying what it checked; {@code /metrics} has Custos's
 * figures; and a data directory with less free space than the setting wants makes readiness DOWN (503).
 */
// a bean, so that ServerSystemIT gets one with its fields filled
@Dependent
@ExtendWith(ArquillianExtension.class)
class HealthSystemIT {

    static final List<Class<?>> PROBE = List.of(HealthSystemIT.class, FormClient.class);

    private static final Set<String> READINESS = Set.of("database", "data-keys", "audit-key",
            "data-directory-space");
    private static final List<String> METRICS = List.of("custos_audit_chain_entries{",
            "custos_audit_chain_last_verified_seconds{", "custos_rights_requests_open{days_left=\"overdue\"",
            "custos_rights_requests_open{days_left=\"0-7\"", "custos_rights_requests_open{days_left=\"8-14\"",
            "custos_rights_requests_open{days_left=\"15+\"", "custos_retention_queue_items{",
            "custos_page_request_seconds_count{");
    private static final Pattern CHAIN_ENTRIES = Pattern.compile("(?m)^custos_audit_chain_entries\\{[^}]*} (\\S+)$");
    private static final String MIN_FREE_MB = "custos.health.min-free-mb";
    /**
     * Longer than Payara keeps a configuration value (a minute) before it reads it again, and than the gauges take
     * to be counted after the start (seconds).
     */
    private static final long PATIENCE_MILLIS = 120_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return EarDeployment.withProbe(PROBE.toArray(Class<?>[]::new));
    }

    @Resource(lookup = "jdbc/custos")
    DataSource database;

    private static FormClient server() {
        return new FormClient(System.getProperty("custos.base.url").replaceFirst("/custos$", ""));
    }

    @Test
    void readinessAndLivenessNameCustossChecksUpAndMetricsHaveItsFigures() throws Exception {
        HttpResponse<String> ready = server().get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        Map<String, JsonObject> checks = checks(ready.body());
        assertTrue(checks.keySet().containsAll(READINESS), checks.keySet().toString());
        for (String name : READINESS) {
            assertEquals("UP", checks.get(name).getString("status"), name);
            assertFalse(checks.get(name).getJsonObject("data").getString("checked").isBlank(), name);
        }
        HttpResponse<String> live = server().get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", checks(live.body()).get("no-deadlock").getString("status"));

        long chain = Long.parseLong(Sql.column(database, "select last_position from sec_audit_head").get(0));
        FormClient.insideTheServer().get("/login.xhtml");
        String metrics = metricsWithAll();
        // the gauge gives the last count, at most 30 seconds old: it reaches the head read above within that
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (chainEntries(metrics) < chain && System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
            metrics = server().get("/metrics").body();
        }
        assertTrue(chainEntries(metrics) >= chain, "the chain had " + chain + " entries");
        assertTrue(metrics.contains("page=\"/login.xhtml\""), "the login page is timed under its view id");
    }

    @Test
    void aDataDirectoryWithLessFreeSpaceThanTheSettingWantsIsNotReady() throws Exception {
        System.setProperty(MIN_FREE_MB, Long.toString(Long.MAX_VALUE / (1024 * 1024)));
        try {
            HttpResponse<String> ready = readyWhen(503);
            JsonObject space = checks(ready.body()).get("data-directory-space");
            assertEquals("DOWN", space.getString("status"));
            assertTrue(space.getJsonObject("data").getString("found").contains("MB free, at least"),
                    space.toString());
            assertEquals("DOWN", Json.createReader(new StringReader(ready.body())).readObject().getString("status"));
        } finally {
            System.clearProperty(MIN_FREE_MB);
        }
        readyWhen(200);
    }

    private static double chainEntries(String metrics) {
        Matcher entries = CHAIN_ENTRIES.matcher(metrics);
        assertTrue(entries.find(), "custos_audit_chain_entries has a value");
        return Double.parseDouble(entries.group(1));
    }

    /** /metrics once it has every one of {@link #METRICS} (the gauges come with the first count), or fails. */
    private static String metricsWithAll() throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        String metrics = server().get("/metrics").body();
        while (!METRICS.stream().allMatch(metrics::contains) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
            metrics = server().get("/metrics").body();
        }
        for (String metric : METRICS) {
            assertTrue(metrics.contains(metric), metric + " is missing from /metrics");
        }
        return metrics;
    }

    /** /health/ready once it answers {@code status}, within {@link #PATIENCE_MILLIS}. */
    private static HttpResponse<String> readyWhen(int status) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        HttpResponse<String> ready = server().get("/health/ready");
        while (ready.statusCode() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
            ready = server().get("/health/ready");
        }
        assertEquals(status, ready.statusCode(), ready.body());
        return ready;
    }

    private static Map<String, JsonObject> checks(String body) {
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check, (a, b) -> a));
    }
}
