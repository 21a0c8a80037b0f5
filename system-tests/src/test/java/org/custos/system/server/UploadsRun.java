package org.custos.system.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custos.system.server.HostileUploads.Expect;
import org.custos.system.server.HostileUploads.Hostile;

/**
 * The upload run of {@link UploadsSystemIT}: each hostile file ({@link HostileUploads}) posted to each upload form
 * of the pages as a browser posts it (a multipart postback with the view state), and judged: refused with a message
 * in words naming the problem, the page still there with what was typed; or stored correctly: a safe name shown
 * (no folder parts, no control or bidirectional characters, at most 255 characters, no device name) and the
 * download the same bytes, as an attachment, with {@code X-Content-Type-Options: nosniff}. Never a 500 or the error
 * page. Afterwards no file holding an uploaded file's bytes may be left outside the data directory.
 */
final class UploadsRun {

    /**
     * An upload form ({@link UploadForms}): where it is in the pages, who uses it, its page, its form, its file field
     * and button, the other fields it needs; the form listing what it stored (the same form or another) with the
     * id of each row's download link (null: the form shows what it stored as an image, in the page, the letters'
     * logo), and the page showing that list (null: the upload's page); the button (its
     * form's id, a colon, its id in the form; null: none) that shows the list and the form, pressed by Ajax once the
     * page is loaded, as a user would first, with the fields it sends and processes ({@code choice}, e.g. the contact
     * chosen); the words of a refusal for a file of a kind the form does not take (null: it takes every kind a
     * document may be); and where each file goes, if each needs pages of its own (null: every file to {@code page}).
     */
    record Target(String name, String source, String username, String page, String form, String fileField,
            String button, Map<String, String> fields, String list, String listPage, String link, String opener,
            Map<String, String> choice, Pattern notTaken, Callable<Pages> pageForEach) {

        /** The same form on other pages. */
        Target on(Pages pages) {
            return new Target(name, source, username, pages.page(), form, fileField, button, fields, list,
                    pages.listPage(), link, opener, choice, notTaken, pageForEach);
        }

        /** The same form, its list on another page. */
        Target listedOn(String otherListPage) {
            return new Target(name, source, username, page, form, fileField, button, fields, list, otherListPage,
                    link, opener, choice, notTaken, pageForEach);
        }

        /** The same form, shown once its opener is pressed with these fields chosen. */
        Target choosing(Map<String, String> chosen) {
            return new Target(name, source, username, page, form, fileField, button, fields, list, listPage, link,
                    opener, chosen, notTaken, pageForEach);
        }

        /** The same form, refusing other kinds of file with these words, each file on pages of its own. */
        Target each(Pattern refusal, Callable<Pages> pages) {
            return new Target(name, source, username, page, form, fileField, button, fields, list, listPage, link,
                    opener, choice, refusal, pages);
        }

        /** The page of the list, as the target to show it: no opener, nothing chosen. */
        Target listing() {
            return listPage == null ? this : new Target(name, source, username, listPage, form, fileField, button,
                    fields, list, null, link, null, Map.of(), notTaken, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The page a file is uploaded on, and the page listing what it stored (null: the same). */
    record Pages(String page, String listPage) {
    }

    /** A page as the user has it before uploading: all its HTML, the list's part, its view state and nonce. */
    private record Shown(int status, String html, String list, String state, String nonce) {

        String postback() {
            return "&jakarta.faces.ViewState=" + encode(state) + "&primefaces.nonce=" + encode(nonce);
        }
    }

    /** A row of a list of stored documents: its download link's id, and the name it shows. */
    private record Row(String link, String name) {
    }

    /** What happened to one file at one form. */
    record Outcome(Target target, Hostile file, String result, boolean failed, String detail) {

        @Override
        public String toString() {
            return (failed ? "FAILED " : "") + target + " / " + file + ": " + result + (detail.isEmpty() ? ""
                    : " (" + detail + ")");
        }
    }

    /** The figures of a run. */
    record Figures(List<Outcome> outcomes, List<String> writtenOutside) {

        long tried() {
            return outcomes.size();
        }

        long refused() {
            return outcomes.stream().filter(o -> !o.failed() && o.result().equals("refused")).count();
        }

        long stored() {
            return outcomes.stream().filter(o -> !o.failed() && o.result().equals("stored")).count();
        }

        List<Outcome> failures() {
            return outcomes.stream().filter(Outcome::failed).toList();
        }

        String report() {
            return outcomes.stream().map(Object::toString).collect(Collectors.joining("\n"))
                    + "\nwritten outside the data directory: " + writtenOutside;
        }
    }

    private static final Pattern STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern ERROR_MESSAGE = Pattern.compile(
            "class=\"ui-messages-error-(?:summary|detail)\"[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern INFO = Pattern.compile("ui-messages-info");
    private static final Pattern BIDI_OR_CONTROL = Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E"
            + "\\u2066-\\u2069\\u2028\\u2029]");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");
    private static final int LONGEST_NAME = 255;

    private final String base;
    private final String password;
    private final String contextPath;

    UploadsRun(String base, String password) {
        this.base = base;
        this.password = password;
        this.contextPath = java.net.URI.create(base).getPath();
    }

    /**
     * Posts each target its files; {@code outside}: the folders to search afterwards for files left behind.
     */
    Figures run(List<Target> targets, Function<Target, List<Hostile>> filesFor, List<Path> outside,
            Path dataDirectory) throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        List<Outcome> outcomes = new ArrayList<>();
        List<Hostile> sent = new ArrayList<>();
        for (Target target : targets) {
            List<Hostile> files = filesFor.apply(target);
            sent.addAll(files);
            FormClient client = new FormClient(base);
            HttpResponse<String> login = client.logIn(target.username(), password);
            if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("login")) {
                throw new IllegalStateException("Cannot log in as " + target.username());
            }
            for (Hostile file : files) {
                Outcome outcome;
                try {
                    outcome = upload(client, target.pageForEach() == null ? target
                            : target.on(target.pageForEach().call()), file);
                } catch (IOException | RuntimeException e) {
                    outcome = new Outcome(target, file, "exception", true, e.toString());
                }
                outcomes.add(outcome);
            }
        }
        return new Figures(outcomes, writtenOutside(sent, outside, dataDirectory, started));
    }

    /** The target's page loaded, and its opener pressed if it has one. */
    private Shown show(FormClient client, Target target) throws Exception {
        HttpResponse<String> page = client.get(target.page());
        String html = page.body();
        String state = page.statusCode() == 200 ? value(STATE, html) : "";
        String nonce = value(NONCE, String.join(";", page.headers().allValues("Content-Security-Policy")));
        if (target.opener() == null || page.statusCode() != 200) {
            return new Shown(page.statusCode(), html, html, state, nonce);
        }
        String local = target.opener().substring(0, target.opener().indexOf(':'));
        String form = formId(html, local, "");
        // the list if the page has it, else the opener's own form (a choice shows the form to upload with)
        String list = Objects.requireNonNullElse(formId(html, target.list(), ""), form);
        String button = form + target.opener().substring(local.length());
        StringBuilder execute = new StringBuilder(button);
        StringBuilder chosen = new StringBuilder();
        target.choice().forEach((name, value) -> {
            execute.append(' ').append(form).append(':').append(name.replaceFirst("_input$", ""));
            chosen.append('&').append(encode(form + ":" + name)).append('=').append(encode(value));
        });
        String ajax = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + encode(button)
                + "&jakarta.faces.partial.execute=" + encode(execute.toString()) + "&jakarta.faces.partial.render="
                + encode(list) + "&" + encode(form) + "=" + encode(form) + chosen + "&" + encode(button) + "="
                + encode(button);
        Shown before = new Shown(page.statusCode(), html, html, state, nonce);
        HttpResponse<String> opened = client.post(action(html, form, target.page()), ajax + before.postback());
        Matcher newState = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]*)\\]\\]>").matcher(opened.body());
        return new Shown(opened.statusCode() == 200 ? page.statusCode() : opened.statusCode(), html + opened.body(),
                opened.body(), newState.find() ? newState.group(1) : state, nonce);
    }

    /** The id of the page's form whose id ends in {@code local} (inside a naming container or not); null if none. */
    private static String formId(String html, String local, String attributes) {
        Matcher form = Pattern.compile("<form id=\"((?:[^\"]*:)?" + Pattern.quote(local) + ")\"" + attributes)
                .matcher(html);
        return form.find() ? form.group(1) : null;
    }

    private Outcome upload(FormClient client, Target local, Hostile file) throws Exception {
        Shown page = show(client, local);
        String id = formId(page.html(), local.form(), "[^>]*multipart");
        if (page.status() != 200 || id == null) {
            return new Outcome(local, file, "no form", true, "the page does not show the form: " + page.status());
        }
        Shown listed = local.listPage() == null ? page : show(client, local.listing());
        // a list shown only once it has something (a notice's PDF) is not there yet: none stored
        String list = Objects.requireNonNullElse(formId(listed.html(), local.list(), ""), local.list());
        Map<String, String> fields = new LinkedHashMap<>();
        local.fields().forEach((name, value) -> fields.put(id + ":" + name, value));
        Target target = new Target(local.name(), local.source(), local.username(), local.page(), id, id + ":"
                + local.fileField(), id + ":" + local.button(), fields, list, local.listPage(), local.link(),
                local.opener(), local.choice(), local.notTaken(), null);
        List<Row> before = target.link() == null ? List.of() : rows(listed.list(), target);
        String boundary = "----custos" + UUID.randomUUID().toString().replace("-", "");
        Multipart body = new Multipart(boundary);
        body.field(target.form(), target.form());
        target.fields().forEach(body::field);
        body.file(target.fileField(), file.fileName(), file.content());
        body.field(target.button(), target.button());
        body.field("jakarta.faces.ViewState", page.state());
        body.field("primefaces.nonce", page.nonce());
        HttpResponse<String> posted = client.post(action(page.html(), target.form(), target.page()), target.page(),
                "multipart/form-data; boundary=" + boundary, body.bytes(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        // a redirect (after a save, or back to the page for an upload too large to read) is followed as a browser does
        boolean redirected = (posted.statusCode() == 302 || posted.statusCode() == 303) && !location.isEmpty()
                && !location.contains("error.xhtml") && !location.contains("login");
        HttpResponse<String> answer = redirected ? client.get(path(location)) : posted;
        if (answer.statusCode() >= 500) {
            return new Outcome(target, file, "HTTP " + answer.statusCode(), true, excerpt(answer.body()));
        }
        if (location.contains("error.xhtml") || answer.body().contains("id=\"error-reference\"")
                || location.contains("login") || (answer.statusCode() >= 400)) {
            return new Outcome(target, file, "error page", true, answer.statusCode() + " " + location + " "
                    + excerpt(answer.body()));
        }
        List<String> messages = messages(answer.body());
        if (answer.statusCode() == 200 && !messages.isEmpty()) {
            String said = String.join(" / ", messages);
            // sent back to the page (an upload too large for the server to read), nothing typed can be kept
            boolean formKept = answer.body().contains("id=\"" + target.form() + "\"") && (redirected
                    || target.fields().entrySet().stream().allMatch(field -> kept(answer.body(), field.getKey(),
                            field.getValue())));
            boolean named = file.words() == null || file.words().matcher(said).find()
                    || (target.notTaken() != null && target.notTaken().matcher(said).find());
            boolean expected = file.expect() != Expect.STORED;
            return new Outcome(target, file, "refused", !(named && expected && formKept), said
                    + (named ? "" : "; the message does not name the problem (" + file.words() + ")")
                    + (expected ? "" : "; it should have been stored") + (formKept ? "" : "; the form lost its input"));
        }
        if (file.expect() == Expect.REFUSED) {
            return new Outcome(target, file, "stored", true, "stored, should have been refused with a message: "
                    + posted.statusCode() + " " + location);
        }
        if (!(redirected || INFO.matcher(answer.body()).find())) {
            return new Outcome(target, file, "no answer", true, "neither refused nor stored: " + answer.statusCode()
                    + " " + excerpt(answer.body()));
        }
        return stored(client, target, file, before);
    }

    /** The file was stored: its row is new, its name safe, its download the same bytes as an attachment. */
    private Outcome stored(FormClient client, Target uploaded, Hostile file, List<Row> before) throws Exception {
        Target target = uploaded.listing();
        Shown page = show(client, target);
        if (target.link() == null) {
            return shownImage(target, file, page.html());
        }
        List<Row> after = rows(page.list(), target);
        if (after.size() != before.size() + 1) {
            return new Outcome(target, file, "stored", true, "the list has " + after.size() + " documents, was "
                    + before.size());
        }
        List<String> problems = new ArrayList<>();
        for (int row : new int[] {0, after.size() - 1}) {
            HttpResponse<byte[]> download = download(client, page, target, after.get(row));
            if (!MessageDigest.isEqual(download.body(), file.content())) {
                continue;
            }
            String shown = PageForms.unescape(after.get(row).name());
            nameProblems("shown name", shown, problems);
            String disposition = download.headers().firstValue("Content-Disposition").orElse("");
            if (!disposition.toLowerCase(Locale.ROOT).startsWith("attachment")) {
                problems.add("served as «" + disposition + "», not as an attachment");
            }
            nameProblems("download name", downloadName(disposition), problems);
            // saved under its name, a PDF must open as one: «cv.exe» holding a PDF would not
            if (new String(file.content(), 0, Math.min(4, file.content().length), StandardCharsets.ISO_8859_1)
                    .equals("%PDF") && !downloadName(disposition).toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                problems.add("a PDF downloaded under a name not ending .pdf: " + downloadName(disposition));
            }
            if (!download.headers().allValues("X-Content-Type-Options").contains("nosniff")) {
                problems.add("no X-Content-Type-Options: nosniff");
            }
            if (download.headers().firstValue("Content-Type").orElse("").contains("html")) {
                problems.add("served as HTML");
            }
            return new Outcome(target, file, "stored", !problems.isEmpty(), "as «" + shown + "», downloaded as «"
                    + downloadName(disposition) + "»" + (problems.isEmpty() ? "" : "; " + problems));
        }
        return new Outcome(target, file, "stored", true, "no download gives back the bytes uploaded");
    }

    /** The file was stored as the form's image: the page shows it, the same bytes, as a PNG or JPEG only. */
    private static Outcome shownImage(Target target, Hostile file, String html) {
        Matcher img = Pattern.compile("<img[^>]*\\bid=\"" + Pattern.quote(target.list()) + ":[^\"]*\"[^>]*>")
                .matcher(html);
        if (!img.find()) {
            return new Outcome(target, file, "stored", true, "the page shows no image");
        }
        Matcher src = Pattern.compile("\\bsrc=\"([^\"]*)\"").matcher(img.group());
        String source = src.find() ? PageForms.unescape(src.group(1)) : "";
        Matcher data = Pattern.compile("data:(image/(?:png|jpeg));base64,(.*)").matcher(source);
        if (!data.matches()) {
            return new Outcome(target, file, "stored", true, "shown from «" + excerpt(source)
                    + "», not as a PNG or JPEG in the page");
        }
        byte[] shown = Base64.getDecoder().decode(data.group(2));
        boolean png = shown.length > 3 && shown[1] == 'P' && shown[2] == 'N' && shown[3] == 'G';
        List<String> problems = new ArrayList<>();
        if (!MessageDigest.isEqual(shown, file.content())) {
            problems.add("the image shown is not the file uploaded");
        }
        if (!data.group(1).equals(png ? "image/png" : "image/jpeg")) {
            problems.add("shown as " + data.group(1) + ", which the bytes are not");
        }
        return new Outcome(target, file, "stored", !problems.isEmpty(), "shown as " + data.group(1)
                + (problems.isEmpty() ? "" : "; " + problems));
    }

    private static void nameProblems(String which, String name, List<String> problems) {
        if (name.isEmpty()) {
            problems.add(which + " empty");
        }
        if (name.contains("/") || name.contains("\\")) {
            problems.add(which + " has folder parts: " + name);
        }
        if (BIDI_OR_CONTROL.matcher(name).find()) {
            problems.add(which + " has control or bidirectional characters");
        }
        if (name.codePointCount(0, name.length()) > LONGEST_NAME) {
            problems.add(which + " is longer than " + LONGEST_NAME + " characters");
        }
        if (name.chars().allMatch(c -> c == '.')) {
            problems.add(which + " is only dots");
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            problems.add(which + " is a Windows device name: " + name);
        }
        if (name.contains("<")) {
            problems.add(which + " keeps markup: " + name);
        }
    }

    /** The name a download is saved under: filename* (RFC 5987) if given, else filename. */
    private static String downloadName(String disposition) {
        Matcher star = Pattern.compile("filename\\*=(?:UTF-8|utf-8)''([^;]+)").matcher(disposition);
        if (star.find()) {
            return URLDecoder.decode(star.group(1).strip().replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Matcher plain = Pattern.compile("filename=\"?([^\";]*)").matcher(disposition);
        return plain.find() ? plain.group(1) : "";
    }

    private HttpResponse<byte[]> download(FormClient client, Shown page, Target target, Row row) throws Exception {
        String form = encode(target.list()) + "=" + encode(target.list()) + "&" + encode(row.link()) + "="
                + encode(row.link()) + page.postback();
        return client.post(action(page.html(), target.list(), target.page()), target.page(),
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.US_ASCII),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The documents the target's list shows, row by row: each download link's id and text. */
    private static List<Row> rows(String html, Target target) {
        List<Row> rows = new ArrayList<>();
        Matcher link = Pattern.compile("id=\"(" + Pattern.quote(target.list()) + ":(?:[^\"]*:)?" + Pattern.quote(
                target.link()) + ")\"[^>]*>(.*?)</(?:a|button)>", Pattern.DOTALL).matcher(html);
        while (link.find()) {
            rows.add(new Row(link.group(1), link.group(2).replaceAll("<[^>]*>", "")));
        }
        return rows;
    }

    /** A redirect's address as a path of the application (from an absolute URL or a path with the context). */
    private String path(String location) {
        String path = location.startsWith("http") ? java.net.URI.create(location).getRawPath()
                + (java.net.URI.create(location).getRawQuery() == null ? "" : "?"
                        + java.net.URI.create(location).getRawQuery()) : location;
        return path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
    }

    private String action(String html, String formId, String page) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*?action=\"([^\"]+)\"")
                .matcher(html);
        if (form.find()) {
            String action = PageForms.unescape(form.group(1));
            return action.startsWith(contextPath) ? action.substring(contextPath.length()) : action;
        }
        return page;
    }

    private static boolean kept(String html, String name, String value) {
        if (name.endsWith("_input")) {
            Matcher select = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                    Pattern.DOTALL).matcher(html);
            return !select.find() || Pattern.compile("<option value=\"" + Pattern.quote(value)
                    + "\"[^>]*selected").matcher(select.group(1)).find();
        }
        return true;
    }

    private static List<String> messages(String html) {
        List<String> messages = new ArrayList<>();
        Matcher message = ERROR_MESSAGE.matcher(html);
        while (message.find()) {
            String text = PageForms.unescape(message.group(1).replaceAll("<[^>]*>", "")).strip();
            if (!text.isEmpty() && !messages.contains(text)) {
                messages.add(text);
            }
        }
        return messages;
    }

    private static String value(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("the page has no " + pattern);
        }
        return PageForms.unescape(matcher.group(1));
    }

    /** Files changed since the run began, outside the data directory, that hold the bytes of an uploaded file. */
    private static List<String> writtenOutside(List<Hostile> files, List<Path> folders, Path dataDirectory,
            Instant since) throws IOException {
        Map<Long, List<String>> digestsBySize = new LinkedHashMap<>();
        for (Hostile file : files) {
            if (file.content().length > 0) {
                digestsBySize.computeIfAbsent((long) file.content().length, s -> new ArrayList<>())
                        .add(sha256(file.content()));
            }
        }
        List<String> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.find(folder, 12, (path, attributes) -> attributes.isRegularFile()
                    && attributes.lastModifiedTime().toInstant().isAfter(since)
                    && digestsBySize.containsKey(attributes.size()))) {
                for (Path path : walk.toList()) {
                    if (dataDirectory != null && path.toAbsolutePath().startsWith(dataDirectory.toAbsolutePath())) {
                        continue;
                    }
                    try {
                        if (digestsBySize.get(Files.size(path)).contains(sha256(Files.readAllBytes(path)))) {
                            found.add(path.toString());
                        }
                    } catch (IOException gone) {
                        // a temporary file deleted while read: not left behind
                    }
                }
            } catch (UncheckedIOException e) {
                // a folder that vanished while walked
            }
        }
        for (String name : List.of("passwd", "boot.ini")) {
            for (Path folder : folders) {
                Path near = folder.resolve(name);
                if (Files.exists(near) && Files.readAttributes(near, BasicFileAttributes.class).lastModifiedTime()
                        .toInstant().isAfter(since)) {
                    found.add(near.toString());
                }
            }
        }
        return found;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String excerpt(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    /** A multipart/form-data body as a browser writes it (a quote in a file name as %22, line ends as %0D%0A). */
    private static final class Multipart {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final String boundary;

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        void field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
        }

        void file(String name, String fileName, byte[] content) {
            String sent = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + sent
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
