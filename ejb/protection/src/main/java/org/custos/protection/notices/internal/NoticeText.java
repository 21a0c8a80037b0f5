package org.custos.protection.notices.internal;

import org.custos.protection.notices.api.NoticeVersionForm;
import org.custos.security.api.RequestRefused;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich text of a notice as stored and shown: the editor's HTML cleaned against an allow-list (headings,
 * paragraphs, lists, emphasis, tables and links to http, https and mailto; no scripts, styles, images or event
 * handlers), since the page shows it as HTML. Text with no words in it is none.
 */
final class NoticeText {

    private static final Safelist ALLOWED = Safelist.relaxed().removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .removeProtocols("a", "href", "ftp");

    private NoticeText() {
    }

    /** The HTML made safe; null when it says nothing. */
    static String sanitised(String html) {
        if (html == null || Jsoup.parse(html).text().isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
        if (clean.length() > NoticeVersionForm.TEXT_MAX) {
            throw new RequestRefused("The notice's text must have at most " + NoticeVersionForm.TEXT_MAX
                    + " characters, with its formatting.");
        }
        return clean;
    }
}
