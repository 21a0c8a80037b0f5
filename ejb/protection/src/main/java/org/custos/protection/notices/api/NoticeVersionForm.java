package org.custos.protection.notices.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What the DPM writes in a draft: the rich text (HTML from the editor, sanitised when saved; blank when the version is
 * a PDF), the purposes it covers and the checklist, a row per item.
 */
public record NoticeVersionForm(
        @Size(max = NoticeVersionForm.TEXT_MAX, message = "The notice's text must have at most {max} characters.")
        String text,
        @NotNull Set<Long> purposeIds,
        @NotNull List<@Valid @NotNull ItemAnswer> items) implements Serializable {

    /** The longest text of a notice, in characters of its HTML: the one home of that limit (and the column's). */
    public static final int TEXT_MAX = 100_000;
}
