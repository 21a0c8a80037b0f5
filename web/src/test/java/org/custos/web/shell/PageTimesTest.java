package org.custos.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTimesTest {

    @Test
    void aPageIsTimedUnderItsViewId() {
        assertEquals("/people/person.xhtml", PageTimes.pageOf("/people/person.xhtml", true));
    }

    @Test
    void anAddressThatNamesNoPageIsTimedAsOther() {
        assertEquals(PageTimes.OTHER, PageTimes.pageOf("/people/made-up-12345.xhtml", false));
    }

    @Test
    void aFacesResourceIsNoPage() {
        assertEquals(PageTimes.OTHER, PageTimes.pageOf("/jakarta.faces.resource/theme.css.xhtml", true));
    }
}
