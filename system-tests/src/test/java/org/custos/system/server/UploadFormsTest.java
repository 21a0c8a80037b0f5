package org.custos.system.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link UploadForms}, the table of upload fields {@link UploadsSystemIT} drives, complete (issue 20, "Bad
 * input"): without a server, the upload fields read from the web module's pages are exactly those the table names,
 * driven or not yet with a reason; so a new upload field fails here until the run drives it or says why not.
 */
class UploadFormsTest {

    @Test
    void everyUploadFieldOfThePagesIsDrivenByTheUploadRunOrSaysWhyNot() throws Exception {
        Set<String> table = new TreeSet<>(UploadForms.DRIVEN.keySet());
        table.addAll(UploadForms.NOT_DRIVEN.keySet());
        assertEquals(UploadForms.DRIVEN.size() + UploadForms.NOT_DRIVEN.size(), table.size(),
                "an upload field both driven and not driven");
        Set<String> pages = UploadForms.inThePages();
        assertTrue(pages.size() > 10, "the pages were read: " + pages);
        assertEquals(pages, table, "UploadForms names every upload field of the pages (page#id), and no other");
    }
}
