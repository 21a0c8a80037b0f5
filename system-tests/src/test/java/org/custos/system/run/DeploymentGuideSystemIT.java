package org.custos.system.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.custos.system.server.PayaraServerSession;
import org.custos.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README's "Deploy to an existing Payara Server with PostgreSQL", followed as written: its {@code sql} and
 * {@code sh} blocks run in order against a new Payara Server domain and the tests' embedded PostgreSQL, so the guide
 * cannot drift from what works. Only what a reader fills in is swapped: the database's host, port, name and role
 * (a database of its own), and {@code asadmin}'s {@code --port}/{@code --passwordfile}, whose file also answers
 * the password aliases ({@code AS_ADMIN_ALIASPASSWORD}). The configuration variables come from an environment file
 * sourced into the domain's start, as systemd's {@code EnvironmentFile} does. The guide ends with the one-time link
 * of step 8, which creates the first administrator, who signs in; the account is in that database.
 *
 * <p>Payara Server is the build's (the distribution {@code run.sh} unpacks); the domain is restricted to 127.0.0.1
 * like every test domain. It runs beside the other system tests, after or before {@code RunScriptIT}.
 */
@Execution(ExecutionMode.CONCURRENT)
class DeploymentGuideSystemIT {

    private static final Path ROOT = Path.of(System.getProperty("custos.root", "..")).toAbsolutePath().normalize();
    private static final Path EAR = Path.of(System.getProperty("custos.ear", ROOT + "/ear/target/custos.ear"));
    private static final Path WORK = Path.of("target", "deployment-guide-it").toAbsolutePath();
    private static final Path DOMAINS = WORK.resolve("domains");
    private static final Path DOMAIN = DOMAINS.resolve("guide");
    private static final String SECTION = "## Deploy to an existing Payara Server with PostgreSQL";
    private static final Pattern BLOCK = Pattern.compile("^( *)```(sh|sql)\\n(.*?)^ *```$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final String DATABASE = "custos_guide";
    private static final String DB_PASSWORD = "guide: db\\pass";
    private static final String ADMIN = "guide.admin";
    private static final String ADMIN_PASSWORD = "lantern-meadow-7311";

    private final Path asadmin = Path.of(System.getProperty("custos.test.payara.home"), "bin", "asadmin");
    private final int portBase = PayaraServerSession.freePortBase();

    @AfterEach
    void stopTheDomainAndKeepItsLog() throws Exception {
        if (Files.exists(DOMAIN)) {   // also when the test failed half-way: leave no server behind
            run(List.of(asadmin.toString(), "stop-domain", "--kill=true", "--domaindir", DOMAINS.toString(), "guide"));
        }
        Path log = DOMAIN.resolve("logs/server.log");
        if (Files.exists(log)) {
            Files.copy(log, WORK.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theGuideDeploysCustosOnPostgresqlAndItsSetupLinkMakesTheFirstAdministrator() throws Exception {
        long started = System.nanoTime();
        newWorkDirectory();
        newDomainStartedWithTheEnvironmentFile();

        String setupLine = "";
        for (Block block : guideBlocks()) {
            if (block.language().equals("sql")) {
                TestPostgres.asSuperuser(Arrays.stream(filledIn(block).split(";")).map(String::strip)
                        .filter(statement -> !statement.isEmpty()).toArray(String[]::new));
            } else {
                setupLine = shell(filledIn(block));
            }
        }

        assertTrue(setupLine.contains("Custos first-administrator setup: "), "step 8 shows the link:\n" + setupLine);
        String link = setupLine.strip().lines().reduce((first, last) -> last).orElseThrow()
                .replaceAll(".*setup: (\\S+?)\\]*$", "$1");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String created = FirstAdministrator.create(browser, link, ADMIN, ADMIN_PASSWORD);
        assertTrue(created.contains("The administrator " + ADMIN + " was created"), created);
        String home = FirstAdministrator.signIn(browser, baseUrl(), ADMIN, ADMIN_PASSWORD);
        assertTrue(home.contains(ADMIN), "signed in:\n" + home);
        assertTrue(Files.exists(WORK.resolve("custos-data/data-keys")), "the environment file's CUSTOS_DATA_DIR counts");
        assertFalse(Files.exists(WORK.resolve("custos-data/audit.key")), "and its CUSTOS_AUDIT_KEY: none generated");
        try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl(DATABASE), DATABASE, DB_PASSWORD);
             ResultSet count = connection.createStatement().executeQuery(
                     "select count(*) from sec_account where username = '" + ADMIN + "'")) {
            count.next();
            assertEquals(1, count.getInt(1), "the administrator is in the guide's database");
        }
        System.out.printf("DeploymentGuideSystemIT: the guide followed in %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** The guide's blocks in order, each without the indentation of its list item. */
    static List<Block> guideBlocks() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(SECTION);
        assertTrue(start >= 0, "README.md has the section " + SECTION);
        int end = readme.indexOf("\n## ", start + SECTION.length());
        Matcher blocks = BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<Block> found = new ArrayList<>();
        while (blocks.find()) {
            String indent = blocks.group(1);
            found.add(new Block(blocks.group(2), blocks.group(3).lines()
                    .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
                    .collect(Collectors.joining("\n"))));
        }
        assertTrue(found.size() >= 5, "the guide's blocks: " + found);
        return found;
    }

    record Block(String language, String text) {
    }

    /**
     * What the reader fills in: the example database server, name and role become the embedded PostgreSQL's own
     * database, the password placeholder its password, the domain's directory its path. Each must be found where
     * the guide's text had it, so that a change to the guide cannot slip past the swap.
     */
    private String filledIn(Block block) {
        Map<String, String> swaps = new LinkedHashMap<>();
        if (block.language().equals("sql")) {
            swaps.put("'…'", "'" + DB_PASSWORD.replace("'", "''") + "'");
            swaps.put("ROLE custos ", "ROLE " + DATABASE + " ");
            swaps.put("DATABASE custos OWNER custos ", "DATABASE " + DATABASE + " OWNER " + DATABASE + " ");
        } else if (block.text().contains("serverName=")) {
            swaps.put("serverName=db.example.org:portNumber=5432:databaseName=custos:user=custos:",
                    "serverName=127.0.0.1:portNumber=" + TestPostgres.port() + ":databaseName=" + DATABASE
                            + ":user=" + DATABASE + ":");
        } else if (block.text().contains("<domain>")) {
            swaps.put("<domain>", DOMAIN.toString());
        }
        String text = block.text();
        for (Map.Entry<String, String> swap : swaps.entrySet()) {
            assertTrue(text.contains(swap.getKey()), "the guide's block has " + swap.getKey() + ":\n" + text);
            text = text.replace(swap.getKey(), swap.getValue());
        }
        return text;
    }

    private void newWorkDirectory() throws Exception {
        if (Files.exists(WORK)) {
            run(List.of("rm", "-rf", WORK.toString()));
        }
        Files.createDirectories(WORK.resolve("ear/target"));
        // the guide runs in a checkout's root: ./mvnw, and the EAR in ear/target
        for (String name : List.of("mvnw", ".mvn", "pom.xml")) {
            Files.createSymbolicLink(WORK.resolve(name), ROOT.resolve(name));
        }
        Files.createSymbolicLink(WORK.resolve("ear/target/custos.ear"), EAR);
        Files.writeString(WORK.resolve("admin-password"), "AS_ADMIN_PASSWORD=" + ADMIN_PASSWORD + "\n"
                + "AS_ADMIN_ALIASPASSWORD=" + DB_PASSWORD.replace("\\", "\\\\") + "\n");
        Files.writeString(WORK.resolve("custos.env"), String.join("\n",
                "CUSTOS_DATA_DIR=" + WORK.resolve("custos-data"),
                "CUSTOS_AUDIT_KEY=" + Base64.getEncoder().encodeToString(randomBytes(32)),
                "CUSTOS_BASE_URL=" + baseUrl(), ""));
    }

    /**
     * A new domain on free ports, kept on 127.0.0.1 as every test domain ({@code payara/restrict-new-domain.sh}),
     * started with the environment file's variables as systemd starts a unit with {@code EnvironmentFile}.
     */
    private void newDomainStartedWithTheEnvironmentFile() throws Exception {
        run(List.of(asadmin.toString(), "--user", "admin", "--passwordfile", WORK.resolve("admin-password").toString(),
                "create-domain", "--domaindir", DOMAINS.toString(), "--portbase", Integer.toString(portBase), "guide"));
        run(List.of(ROOT.resolve("payara/restrict-new-domain.sh").toString(),
                DOMAIN.resolve("config/domain.xml").toString()));
        run(List.of("bash", "-c", "set -a && . ./custos.env && set +a && exec \"$0\" start-domain --domaindir \"$1\" guide",
                asadmin.toString(), DOMAINS.toString()));
    }

    /** Runs a block of the guide in bash, {@code asadmin} being the domain's with its port and password file. */
    private String shell(String block) throws Exception {
        String prelude = "set -euo pipefail\n"
                + "asadmin() { '" + asadmin + "' --interactive=false --user admin --passwordfile '"
                + WORK.resolve("admin-password") + "' --host 127.0.0.1 --port " + (portBase + 48) + " \"$@\"; }\n";
        return run(List.of("bash", "-c", prelude + block));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + (portBase + 80) + "/custos";
    }

    private static String run(List<String> command) throws Exception {
        Path output = Files.createTempFile(WORK.getParent(), "guide", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("TERM", "dumb");
        builder.environment().keySet().removeIf(name -> name.startsWith("CUSTOS_"));
        Process process = builder.start();
        // a deployment of the EAR took over 5 minutes on the 2-core machine under load (session 18)
        if (!process.waitFor(12, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("timed out: " + command + "\n" + Files.readString(output));
        }
        String text = Files.readString(output);
        Files.delete(output);
        assertEquals(0, process.exitValue(), "failed: " + String.join(" ", command) + "\n" + text);
        return text;
    }
}
