package org.custos.system.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.custos.system.server.PageForms.Button;
import org.custos.system.server.PageForms.Field;
import org.custos.system.server.PageForms.Form;
import org.custos.system.server.PageForms.Kind;

/**
 * The bad-input run of {@link BadInputSystemIT}, from outside the server: as each role, the catalogue of pages with
 * forms (every page of the web application's .xhtml files, and the pages their links lead to, with the ids they
 * carry), each form's fields and buttons read from the rendered HTML ({@link PageForms}); then, for each form and
 * button, the inputs drawn by {@link BadInputs}, shared among the roles that may use the form and posted back as a
 * browser would (the view state, PrimeFaces' nonce, Ajax when the button is Ajax). Each answer is judged: no HTTP 500,
 * no error page, no generated markup unescaped, and when the form refuses, each box still holds what was typed.
 */
final class BadInputRun {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+?\\.xhtml(?:\\?[^\"#]*)?)\"");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
    private static final Pattern REFUSED = Pattern.compile("ui-messages-error|ui-message-error|ui-messages-warn");
    private static final Pattern SQL_ERROR = Pattern.compile("PSQLException|SQLException|SQLSyntaxError"
            + "|DatabaseException|org\\.postgresql|syntax error at or near|invalid byte sequence|unterminated quoted"
            + "|SQLState|DataException");
    private static final Set<String> NOT_A_PAGE = Set.of("login.xhtml", "error.xhtml", "denied.xhtml", "setup.xhtml");
    private static final int PAGES_PER_ROLE = 250;
    private static final int CHUNK = 25;
    /** How many problems of one kind the report keeps for each form and button, with their inputs. */
    private static final int KEPT_PER_FORM = 8;

    /** Where a form is and what submits it: one of the run's targets. */
    record Target(String path, String form, String button) {

        @Override
        public String toString() {
            return path + " " + form + " [" + button + "]";
        }
    }

    /** A defect: what it is, where, as whom, with which input. */
    record Problem(String kind, String role, Target target, String input, String detail) {
    }

    /** What the run measured. */
    record Figures(int pages, int forms, int targets, int minimumInputsPerForm, long inputs, long http500,
            long errorPages, long unescaped, long lostInput, long sqlErrors, List<String> sqlErrorLines,
            List<Problem> problems, Map<Target, Map<String, Integer>> catalogue) {

        /** The figures, the catalogue and the problems found, as text. */
        String report(int inputsPerForm, long seed) {
            return "Bad input, " + java.time.Instant.now() + ", seed " + seed + ", " + inputsPerForm
                    + " inputs per form and button\npages opened (all roles): " + pages + "\nforms: " + forms
                    + "\nforms x buttons: " + targets + "\nfewest inputs to a form and button: " + minimumInputsPerForm
                    + "\ninputs posted: " + inputs + "\nHTTP 500: " + http500 + "\nerror pages: " + errorPages
                    + "\nunescaped: " + unescaped + "\nSQL errors in the log: " + sqlErrors + "\nlost input: "
                    + lostInput + "\n\nCatalogue (form and button: inputs per role):\n" + catalogue.entrySet()
                            .stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                            .collect(java.util.stream.Collectors.joining("\n"))
                    + "\n\nProblems by kind and form (count):\n" + problems.stream()
                            .collect(java.util.stream.Collectors.groupingBy(p -> p.kind() + " " + p.target(),
                                    TreeMap::new, java.util.stream.Collectors.counting()))
                            .entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                            .collect(java.util.stream.Collectors.joining("\n"))
                    + "\n\nProblems (the first " + KEPT_PER_FORM + " of each kind per form and button):\n"
                    + problems.stream().filter(p -> p.input() != null).map(Object::toString)
                            .collect(java.util.stream.Collectors.joining("\n"))
                    + "\n\nSQL errors:\n" + String.join("\n", sqlErrorLines);
        }

        /** The section of docs/reliability.md: the figures against their targets. */
        String section(int inputsPerForm, long seed, String date) {
            return "## Bad input\n\n`BadInputSystemIT` (Payara Server, the EAR as built, PostgreSQL; `./mvnw verify -Pfuzz -pl"
                    + " system-tests -am`): the catalogue of forms is read from the pages as each role opens them (every"
                    + " page of the web application's .xhtml files and the pages their links lead to), each form's"
                    + " boxes, date pickers, lists and check boxes from its rendered HTML; jqwik draws the inputs (long,"
                    + " empty, whitespace, Unicode scripts, bidi and zero-width characters, HTML and script, SQL"
                    + " metacharacters, impossible dates, extreme numbers; seed " + seed + ") and each is posted back"
                    + " with the form's view state, by Ajax where the button is Ajax, shared among the roles that may"
                    + " use the form. Buttons asking for a confirmation (the destructive ones), buttons that send no"
                    + " box (a row's \"Change\", `process=\"@this\"`) and uploads are left out; a refused form must"
                    + " show again what was typed in each box that holds a value (not a list's filter, the search text"
                    + " of a choice, or the shown twin of a number box)."
                    + "\n\n"
                    + "| figure | target | measured | date |\n|---|---|---|---|\n"
                    + row("pages opened (all roles)", "every one", Integer.toString(pages), date)
                    + row("forms with boxes to type in", "every one", Integer.toString(forms), date)
                    + row("forms × buttons", "every one", Integer.toString(targets), date)
                    + row("inputs per form and button (fewest)", "≥ " + inputsPerForm,
                            Integer.toString(minimumInputsPerForm), date)
                    + row("inputs posted", "—", Long.toString(inputs), date)
                    + row("HTTP 500", "0", Long.toString(http500), date)
                    + row("error pages", "0", Long.toString(errorPages), date)
                    + row("generated markup shown unescaped (or an expression evaluated)", "0",
                            Long.toString(unescaped), date)
                    + row("SQL errors in the server log", "0", Long.toString(sqlErrors), date)
                    + row("refusals losing what was typed", "0", Long.toString(lostInput), date);
        }

        private static String row(String figure, String target, String measured, String date) {
            return "| " + figure + " | " + target + " | " + measured + " | " + date + " |\n";
        }

        /** The first problems of a kind, as text. */
        String problems(String kind) {
            return problems.stream().filter(problem -> problem.kind().equals(kind) && problem.input() != null).limit(20).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private final String base;
    private final String contextPath;
    private final Map<String, String> usernames;
    private final String password;
    private final int inputsPerForm;
    private final long seed;
    private final long deadline;
    private final Map<String, ConcurrentLinkedQueue<FormClient>> clients = new ConcurrentHashMap<>();
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong posted = new AtomicLong();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<Target, AtomicLong> postedTo = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> keptPerForm = new ConcurrentHashMap<>();

    /** A run against the application at {@code base}, logging in as the users named per role. */
    BadInputRun(String base, Map<String, String> usernames, String password, int inputsPerForm, long seed,
            long minutes) {
        this.deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes);
        this.base = base;
        this.contextPath = URI.create(base).getPath();
        this.usernames = usernames;
        this.password = password;
        this.inputsPerForm = inputsPerForm;
        this.seed = seed;
    }

    Figures run(int threads) throws Exception {
        ServerLog logBefore = ServerLog.mark();
        Map<Target, Map<String, String>> targets = new TreeMap<>(
                (a, b) -> a.toString().compareTo(b.toString()));
        Set<String> pages = new LinkedHashSet<>();
        Map<Target, Map<String, Integer>> catalogue = new LinkedHashMap<>();
        for (String role : usernames.keySet()) {
            crawl(role, pages, targets);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        // the inputs go in rounds of CHUNK to every form, so that a run cut short by its time has served all alike
        List<List<Runnable>> rounds = new ArrayList<>();
        long serial = 0;
        for (Map.Entry<Target, Map<String, String>> target : targets.entrySet()) {
            List<String> roles = new ArrayList<>(target.getValue().keySet());
            Map<String, Integer> shares = new LinkedHashMap<>();
            for (int r = 0; r < roles.size(); r++) {
                int share = inputsPerForm / roles.size() + (r < inputsPerForm % roles.size() ? 1 : 0);
                if (share == 0) {
                    continue;
                }
                shares.put(roles.get(r), share);
                String role = roles.get(r);
                String url = target.getValue().get(role);
                for (int from = 0, round = 0; from < share; from += CHUNK, round++) {
                    int count = Math.min(CHUNK, share - from);
                    long drawn = seed + 1_000_003L * serial++;
                    while (rounds.size() <= round) {
                        rounds.add(new ArrayList<>());
                    }
                    rounds.get(round).add(() -> {
                        try {
                            drive(role, url, target.getKey(), count, drawn);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
            catalogue.put(target.getKey(), shares);
        }
        rounds.forEach(round -> round.forEach(task -> work.add(pool.submit(task))));
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        List<String> sqlErrors = logBefore.linesSince(line -> SQL_ERROR.matcher(line).find());
        long forms = targets.keySet().stream().map(t -> t.path() + " " + t.form()).distinct().count();
        int minimum = (int) targets.keySet().stream().mapToLong(t -> postedTo.getOrDefault(t, new AtomicLong()).get())
                .min().orElse(0);
        return new Figures(pages.size(), (int) forms, targets.size(), minimum, posted.get(), count("500"),
                count("error page"), count("unescaped"), count("lost input"), sqlErrors.size(), sqlErrors,
                List.copyOf(problems), catalogue);
    }

    private long count(String kind) {
        return counts.getOrDefault(kind, new AtomicLong()).get();
    }

    /** The pages a role can open, from the application's page files and the links on them, and their forms. */
    private void crawl(String role, Set<String> pages, Map<Target, Map<String, String>> targets) throws Exception {
        FormClient client = client(role);
        Deque<String> queue = new ArrayDeque<>(pageFiles());
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> variants = new HashMap<>();
        int opened = 0;
        while (!queue.isEmpty() && opened < PAGES_PER_ROLE) {
            String url = queue.poll();
            HttpResponse<String> page = client.get(url);
            opened++;
            judge(page, role, new Target(url, "-", "GET"), "", false, null);
            if (page.statusCode() != 200) {
                continue;
            }
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            pages.add(path);
            for (Form form : PageForms.of(page.body())) {
                if (!form.takesText()) {
                    continue;
                }
                for (Button button : form.buttons()) {
                    if (!form.takesTextBy(button)) {
                        continue;
                    }
                    Target target = new Target(path, form.id(), button.name());
                    targets.computeIfAbsent(target, t -> new TreeMap<>()).putIfAbsent(role, url);
                }
            }
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                String href = PageForms.unescape(link.group(1));
                if (!href.startsWith(contextPath + "/")) {
                    continue;
                }
                String next = href.substring(contextPath.length());
                String nextPath = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
                if (NOT_A_PAGE.stream().anyMatch(nextPath::endsWith) || !seen.add(next)) {
                    continue;
                }
                // one link with parameters per page is enough: the same form with another record's id
                if (next.contains("?") && variants.merge(nextPath, 1, Integer::sum) > 1) {
                    continue;
                }
                queue.add(next);
            }
        }
        release(role, client);
    }

    /** Every page of the web application, from its .xhtml files (not the templates, the login or the error pages). */
    private static List<String> pageFiles() throws IOException {
        Path webapp = Path.of(System.getProperty("custos.root", ".."), "web", "src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("/WEB-INF/") && !NOT_A_PAGE.contains(path.substring(1)))
                    .sorted().toList();
        }
    }

    /** Posts {@code count} generated inputs to the form as the role. */
    private void drive(String role, String url, Target target, int count, long drawnFrom) throws Exception {
        BadInputs inputs = new BadInputs(drawnFrom);
        FormClient client = client(role);
        try {
            HttpResponse<String> page = null;
            Form form = null;
            for (int n = 0; n < count && System.nanoTime() < deadline; n++) {
                if (page == null) {
                    page = client.get(url);
                    form = page.statusCode() == 200 ? PageForms.of(page.body()).stream()
                            .filter(f -> f.id().equals(target.form())).findFirst().orElse(null) : null;
                    Optional<Button> button = form == null ? Optional.empty() : form.buttons().stream()
                            .filter(b -> b.name().equals(target.button())).findFirst();
                    if (button.isEmpty()) {
                        problem("form gone", role, target, "", "the page no longer shows the form or button: "
                                + page.statusCode());
                        return;
                    }
                }
                Button button = form.buttons().stream().filter(b -> b.name().equals(target.button())).findFirst()
                        .orElseThrow();
                Map<String, String> typed = new LinkedHashMap<>();
                StringBuilder body = new StringBuilder();
                Map<String, List<Field>> radios = new LinkedHashMap<>();
                for (Field field : form.fields()) {
                    switch (field.kind()) {
                        case TEXT, DATE -> {
                            String value = inputs.next(field.maxLength(), field.kind() == Kind.DATE);
                            typed.put(field.name(), value);
                            add(body, field.name(), value);
                        }
                        // typed, but not the form's value: a refused form need not show it again
                        case QUERY -> add(body, field.name(), inputs.next(field.maxLength(), false));
                        case SELECT -> add(body, field.name(), field.options().isEmpty() || inputs.choice(10) == 0
                                ? "custosfz-no-such-option" : field.options().get(inputs.choice(field.options().size())));
                        case CHECKBOX -> {
                            if (inputs.coin()) {
                                add(body, field.name(), field.value().isEmpty() ? "on" : field.value());
                            }
                        }
                        case RADIO -> radios.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(field);
                        case HIDDEN -> add(body, field.name(), field.value());
                    }
                }
                radios.forEach((name, group) -> add(body, name, group.get(inputs.choice(group.size())).value()));
                add(body, button.name(), button.name());
                if (button.ajax()) {
                    add(body, "jakarta.faces.partial.ajax", "true");
                    add(body, "jakarta.faces.source", button.name());
                    add(body, "jakarta.faces.partial.execute", button.process());
                    if (!button.update().isEmpty()) {
                        add(body, "jakarta.faces.partial.render", button.update());
                    }
                    add(body, "jakarta.faces.behavior.event", "click");
                }
                String action = form.action().startsWith(contextPath) ? form.action().substring(contextPath.length())
                        : url;
                HttpResponse<String> answer = client.post(action, body + FormClient.postback(page));
                posted.incrementAndGet();
                postedTo.computeIfAbsent(target, t -> new AtomicLong()).incrementAndGet();
                String shown = typed.toString();
                judge(answer, role, target, shown, button.ajax(), typed);
                if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                        .contains("login.xhtml")) {
                    client = new FormClient(base);
                    client.logIn(usernames.get(role), password);
                    page = null;
                } else if (!button.ajax() && answer.statusCode() == 200 && answer.body().contains("id=\""
                        + target.form() + "\"") && answer.body().contains("jakarta.faces.ViewState")) {
                    page = answer;
                    Form again = PageForms.of(answer.body()).stream().filter(f -> f.id().equals(target.form()))
                            .findFirst().orElse(null);
                    if (again == null || again.buttons().stream().noneMatch(b -> b.name().equals(target.button()))) {
                        page = null;
                    } else {
                        form = again;
                    }
                } else if (!button.ajax()) {
                    page = null;
                }
            }
        } finally {
            release(role, client);
        }
    }

    /** Judges an answer: 500, error page, unescaped markup, and what a refusing form still holds. */
    private void judge(HttpResponse<String> answer, String role, Target target, String input, boolean ajax,
            Map<String, String> typed) {
        String body = answer.body();
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() >= 500) {
            problem("500", role, target, input, answer.statusCode() + " " + excerpt(body));
        } else if (typed == null) {
            // opening a page: a refusal or a missing record may answer with its page
        } else if (body.contains("id=\"error-reference\"") || location.contains("/error.xhtml")
                || body.contains("<error>") || (ajax && body.contains("<redirect") && body.contains("error.xhtml"))
                || (typed != null && answer.statusCode() >= 400)) {
            problem("error page", role, target, input, answer.statusCode() + " " + location + " " + excerpt(body));
        }
        int unescaped = Math.max(body.indexOf("<" + BadInputs.MARK), body.indexOf(BadInputs.EVALUATED));
        if (unescaped >= 0 && shownAsMarkup(answer)) {
            problem("unescaped", role, target, input, body.substring(Math.max(0, unescaped - 200),
                    Math.min(body.length(), unescaped + 200)));
        }
        if (typed == null || answer.statusCode() != 200 || !REFUSED.matcher(body).find()) {
            return;
        }
        String html = ajax ? ajaxHtml(body) : body;
        for (Map.Entry<String, String> box : typed.entrySet()) {
            Optional<Shown> shown = rendered(html, box.getKey());
            if (shown.isPresent() && !shown.get().holds(box.getValue())) {
                problem("lost input", role, target, input, box.getKey() + ": " + shown.get().difference(box.getValue())
                        + "; typed «" + box.getValue() + "», shown «" + shown.get().value() + "»");
                return;
            }
        }
    }

    /** The HTML an Ajax answer updates the page with. */
    private static String ajaxHtml(String body) {
        StringBuilder html = new StringBuilder();
        Matcher cdata = CDATA.matcher(body);
        while (cdata.find()) {
            html.append(cdata.group(1));
        }
        return html.toString();
    }

    /**
     * Whether the answer is a page or an Ajax update (where markup would be run), not a download: a CSV or PDF holds
     * what was stored as it was typed.
     */
    private static boolean shownAsMarkup(HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("text/html");
        return type.startsWith("text/html") || type.startsWith("text/xml") || type.startsWith("application/xhtml");
    }

    /** What a box shows: a one-line box (an input) or a text area, and its maxlength (0: none). */
    private record Shown(String value, boolean oneLine, int maxLength) {

        /**
         * Whether the box still holds what was typed, as a browser could have typed it: a one-line box cannot hold a
         * line end (the browser strips it from the value), so those are left out of both; and no box takes more than
         * its maxlength (the browser stops the typing there, PrimeFaces cuts a longer value it is sent).
         */
        boolean holds(String typed) {
            String shown = oneLine ? value.replaceAll("[\\r\\n]", "") : value;
            String kept = oneLine ? typed.replaceAll("[\\r\\n]", "") : typed;
            return normal(shown).equals(normal(kept)) || sameNumber(shown, kept) || cutAtMaxLength(shown, kept);
        }

        /** Where the shown value first differs from the typed one, and both lengths, ahead of the values. */
        String difference(String typed) {
            String shown = normal(value);
            String kept = normal(typed);
            int at = 0;
            while (at < Math.min(shown.length(), kept.length()) && shown.charAt(at) == kept.charAt(at)) {
                at++;
            }
            return "typed " + typed.length() + " UTF-16 units, shown " + value.length() + ", maxlength " + maxLength
                    + "; as normalised they differ at " + at + ": typed «"
                    + kept.substring(at, Math.min(kept.length(), at + 20)) + "», shown «"
                    + shown.substring(at, Math.min(shown.length(), at + 20)) + "»";
        }

        /** Cut as PrimeFaces cuts (UTF-16 units, as the browser counts), or short of a half-cut character. */
        private boolean cutAtMaxLength(String shown, String kept) {
            if (maxLength <= 0 || kept.length() <= maxLength) {
                return false;
            }
            String cut = kept.substring(0, maxLength);
            return normal(cut).equals(normal(shown)) || Character.isHighSurrogate(cut.charAt(maxLength - 1))
                    && normal(cut.substring(0, maxLength - 1)).equals(normal(shown));
        }
    }

    /** What a box of that name shows in the HTML, if the HTML has it. */
    private static Optional<Shown> rendered(String html, String name) {
        String quoted = Pattern.quote("name=\"" + name + "\"");
        Matcher input = Pattern.compile("<input\\b[^>]*" + quoted + "[^>]*>").matcher(html);
        if (input.find()) {
            Map<String, String> attributes = PageForms.attributes(input.group());
            return Optional.of(new Shown(PageForms.unescape(attributes.getOrDefault("value", "")), true,
                    maxLength(attributes)));
        }
        Matcher area = Pattern.compile("<textarea\\b([^>]*" + quoted + "[^>]*)>(.*?)</textarea>", Pattern.DOTALL)
                .matcher(html);
        return area.find() ? Optional.of(new Shown(PageForms.unescape(area.group(2)), false,
                maxLength(PageForms.attributes(area.group(1))))) : Optional.empty();
    }

    private static int maxLength(Map<String, String> attributes) {
        return Integer.parseInt(attributes.getOrDefault("maxlength", "0"));
    }

    /**
     * A value as a browser could have typed and shows it: what UTF-8 can carry (a lone surrogate cannot), no control
     * characters but tab and new line (a box cannot take them, and XML cannot carry them back), nor the two
     * noncharacters U+FFFE and U+FFFF (not characters of XML either: the page's writer leaves them out), line ends as
     * new lines, no space at either end (the forms trim, and an empty box is no value).
     */
    private static String normal(String value) {
        String carried = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replace("\r\n", "\n").replace('\r', '\n');
        return carried.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\ufffe\\uffff]", "").strip();
    }

    /** Whether both are the same number written two ways ("+1" typed, "1" shown: the number was kept). */
    private static boolean sameNumber(String shown, String typed) {
        try {
            return new java.math.BigDecimal(shown.strip()).compareTo(new java.math.BigDecimal(typed.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void problem(String kind, String role, Target target, String input, String detail) {
        counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        // every problem is counted; only the first few of a kind per form and button keep their input and detail
        boolean kept = keptPerForm.computeIfAbsent(kind + " " + target, k -> new AtomicLong())
                .incrementAndGet() <= KEPT_PER_FORM;
        problems.add(kept ? new Problem(kind, role, target, input.length() > 600 ? input.substring(0, 600) + "…"
                : input, detail.length() > 1500 ? detail.substring(0, 1500) + "…" : detail)
                : new Problem(kind, role, target, null, null));
    }

    private static String excerpt(String body) {
        return body.length() > 800 ? body.substring(0, 800) + "…" : body;
    }

    private static void add(StringBuilder body, String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private FormClient client(String role) throws Exception {
        FormClient client = clients.computeIfAbsent(role, r -> new ConcurrentLinkedQueue<>()).poll();
        if (client != null) {
            return client;
        }
        client = new FormClient(base);
        HttpResponse<String> login = client.logIn(usernames.get(role), password);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("login")) {
            throw new IllegalStateException("Cannot log in as " + role + ": " + login.headers().map());
        }
        return client;
    }

    private void release(String role, FormClient client) {
        clients.get(role).add(client);
    }
}
