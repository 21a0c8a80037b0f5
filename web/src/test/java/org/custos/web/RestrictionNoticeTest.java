package org.custos.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every page whose forms change one person's data tells a restricted person's restriction (D6) above its first
 * form (its own, or a section's it includes), so nobody types what cannot be saved.
 */
class RestrictionNoticeTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String NOTICE = "/WEB-INF/includes/shell/restricted-notice.xhtml";
    private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"/(WEB-INF/includes/[^\"]+)\"");
    private static final List<String> FORMS_FOR_ONE_PERSON = List.of("people/detail.xhtml", "people/edit.xhtml",
            "people/sensitive.xhtml", "approvals/request.xhtml", "applications/detail.xhtml", "staff/file.xhtml",
            "staff/case.xhtml");

    @Test
    void everyFormForOnePersonSaysTheyAreRestrictedBeforeAnyoneTypes_D6() throws Exception {
        for (String page : FORMS_FOR_ONE_PERSON) {
            String text = Files.readString(PAGES.resolve(page));
            int notice = text.indexOf(NOTICE);
            assertTrue(notice >= 0 && notice < firstForm(text), page + " tells the restriction above its forms");
        }
    }

    /** Where the page's first form starts: its own, or the include of a section that holds one. */
    private static int firstForm(String page) throws IOException {
        int first = page.indexOf("<h:form");
        Matcher include = INCLUDE.matcher(page);
        while (include.find() && (first < 0 || include.start() < first)) {
            if (Files.readString(PAGES.resolve(include.group(1))).contains("<h:form")) {
                return include.start();
            }
        }
        return first;
    }
}
