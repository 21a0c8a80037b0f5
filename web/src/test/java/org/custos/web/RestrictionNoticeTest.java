package org.custos.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page whose forms change one person's data tells a restricted person's restriction (D6) above its first
 * form, so nobody types what cannot be saved.
 */
class RestrictionNoticeTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String NOTICE = "/WEB-INF/includes/shell/restricted-notice.xhtml";
    private static final List<String> FORMS_FOR_ONE_PERSON = List.of("people/detail.xhtml", "people/edit.xhtml",
            "people/sensitive.xhtml", "approvals/request.xhtml", "applications/detail.xhtml");

    @Test
    void everyFormForOnePersonSaysTheyAreRestrictedBeforeAnyoneTypes_D6() throws Exception {
        for (String page : FORMS_FOR_ONE_PERSON) {
            String text = Files.readString(PAGES.resolve(page));
            int notice = text.indexOf(NOTICE);
            assertTrue(notice >= 0 && notice < text.indexOf("<h:form"), page + " tells the restriction above its forms");
        }
    }
}
