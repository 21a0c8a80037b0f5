package org.custos.system.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.custos.system.server.UploadsRun.Target;

/**
 * The upload fields of the web module's pages (issue 20, "Bad input"), in one place: each {@code p:fileUpload} by
 * where it is (its page or include under {@code web/src/main/webapp}, then {@code #} and the upload's id), either
 * driven by {@link UploadsSystemIT} (its name in the figures) or, not yet, with the reason. {@link UploadFormsTest}
 * reads the pages: an upload field in none of the two tables fails it.
 */
final class UploadForms {

    static final String COMPLAINT = "complaints/complaint.xhtml#file";
    static final String HR_CASE = "staff/case.xhtml#file";
    static final String APPLICATION = "applications/detail.xhtml#file";
    static final String DPIA = "purposes/dpia.xhtml#file";
    static final String STAFF_DOCUMENTS = "WEB-INF/includes/staff/checks.xhtml#file";
    static final String RIGHT_TO_WORK = "WEB-INF/includes/staff/checks.xhtml#copies";
    static final String ABSENCE_HEALTH = "WEB-INF/includes/staff/absence.xhtml#document";
    static final String HR_CASE_HEALTH = "WEB-INF/includes/staff/case-sensitive.xhtml#document";
    static final String SENSITIVE_DATA = "people/sensitive.xhtml#document";
    static final String CONSENT_EVIDENCE = "WEB-INF/includes/people/consents.xhtml#consent-document";
    static final String NOTICE_PDF = "notices/version.xhtml#file";
    static final String CONTACT_EVIDENCE = "WEB-INF/includes/organisations/contact-change.xhtml#evidence-document";
    static final String TALENT_POOL_EVIDENCE = "applications/detail.xhtml#consent-document";
    static final String LOGO = "settings/letters.xhtml#file";

    /** The upload fields the run drives, with their names in the figures, in the order the run drives them. */
    static final Map<String, String> DRIVEN = ordered(COMPLAINT, "complaint documents", HR_CASE, "HR case documents",
            APPLICATION, "application documents (CV)", DPIA, "DPIA assessment document", STAFF_DOCUMENTS,
            "staff file documents (contract)", RIGHT_TO_WORK, "right-to-work copies (several files at once)",
            ABSENCE_HEALTH, "an absence's fit note", HR_CASE_HEALTH, "an HR case's occupational health report",
            SENSITIVE_DATA, "a person's health data", CONSENT_EVIDENCE, "a person's consent evidence", NOTICE_PDF,
            "a privacy notice's PDF (a new draft for each file)", CONTACT_EVIDENCE,
            "a contact's marketing consent evidence (the contact chosen first)", TALENT_POOL_EVIDENCE,
            "an applicant's talent-pool consent evidence (a rejection: a new application for each file)", LOGO,
            "the letters' logo (images of their own)");

    /** The upload fields the run does not drive yet, and what driving them needs first: none now. */
    static final Map<String, String> NOT_DRIVEN = ordered();

    /** The upload fields that take images, not documents: {@link HostileUploads#images} is theirs. */
    static final Set<String> IMAGES = Set.of(LOGO);

    /** Where the pages are, from the system-tests module (the root of the checkout given as custos.root). */
    static final Path WEBAPP = Path.of(System.getProperty("custos.root", ".."), "web", "src", "main", "webapp");

    private static final String SHELL = "WEB-INF/includes/shell/document-upload.xhtml";
    private static final Pattern FILE_UPLOAD = Pattern.compile("<p:fileUpload\\b[^>]*?\\bid=\"([^\"]+)\"");
    private static final Pattern SHELL_INCLUDE = Pattern.compile("<ui:include src=\"/" + Pattern.quote(SHELL)
            + "\">(.*?)</ui:include>", Pattern.DOTALL);
    private static final Pattern UPLOAD_ID = Pattern.compile("<ui:param name=\"uploadId\" value=\"([^\"]+)\"");

    private UploadForms() {
    }

    /** A driven upload form: its name from {@link #DRIVEN}, the rest as {@link Target} says. */
    static Target target(String source, String username, String page, String form, String fileField, String button,
            Map<String, String> fields, String list, String link, String opener) {
        String name = DRIVEN.get(source);
        if (name == null) {
            throw new IllegalArgumentException(source + " is not in UploadForms.DRIVEN");
        }
        return new Target(name, source, username, page, form, fileField, button, fields, list, null, link, opener,
                Map.of(), null, null);
    }

    /**
     * Every upload field of the pages: each {@code p:fileUpload} but the shared one of {@value #SHELL}, which stands
     * for each include of it, named by its {@code uploadId}.
     */
    static Set<String> inThePages() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                String page = WEBAPP.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                if (!page.equals(SHELL)) {
                    Matcher upload = FILE_UPLOAD.matcher(text);
                    while (upload.find()) {
                        found.add(page + "#" + upload.group(1));
                    }
                }
                Matcher include = SHELL_INCLUDE.matcher(text);
                while (include.find()) {
                    Matcher id = UPLOAD_ID.matcher(include.group(1));
                    found.add(page + "#" + (id.find() ? id.group(1) : "(no uploadId)"));
                }
            }
        }
        return found;
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
