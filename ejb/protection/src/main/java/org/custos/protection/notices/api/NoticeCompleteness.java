package org.custos.protection.notices.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.domain.shared.NoticeItem;
import org.custos.domain.shared.NoticeItemAnswer;

/**
 * N1: whether a notice version states all it must. It is complete when it has content (text or a PDF), covers at
 * least one purpose, and every {@link NoticeItem} is answered: present with where the notice says it, or not
 * applicable with why; an item every notice must state cannot be not applicable. The DPM approves only a complete
 * version, and only an approved, complete version is issued. The page shows the same judgement as the facade.
 *
 * @param missing items not answered
 * @param unexplained items answered without where (present) or why (not applicable)
 * @param required items every notice must state but answered as not applicable
 */
public record NoticeCompleteness(boolean hasContent, boolean hasPurposes, List<NoticeItem> missing,
        List<NoticeItem> unexplained, List<NoticeItem> required) implements Serializable {

    private static final long serialVersionUID = 1L;

    public NoticeCompleteness {
        missing = List.copyOf(missing);
        unexplained = List.copyOf(unexplained);
        required = List.copyOf(required);
    }

    /** Judges a version from whether it has text or a PDF, how many purposes it covers and its checklist. */
    public static NoticeCompleteness of(boolean hasContent, int purposes, Collection<ItemAnswer> answers) {
        Map<NoticeItem, ItemAnswer> byItem = new EnumMap<>(NoticeItem.class);
        for (ItemAnswer answer : answers) {
            byItem.put(answer.item(), answer);
        }
        List<NoticeItem> missing = new ArrayList<>();
        List<NoticeItem> unexplained = new ArrayList<>();
        List<NoticeItem> required = new ArrayList<>();
        for (NoticeItem item : NoticeItem.values()) {
            ItemAnswer answer = byItem.get(item);
            if (answer == null || answer.answer() == null) {
                missing.add(item);
            } else if (answer.answer() == NoticeItemAnswer.NOT_APPLICABLE && !item.mayNotApply()) {
                required.add(item);
            } else if (!answer.explained()) {
                unexplained.add(item);
            }
        }
        return new NoticeCompleteness(hasContent, purposes > 0, missing, unexplained, required);
    }

    public boolean complete() {
        return hasContent && hasPurposes && missing.isEmpty() && unexplained.isEmpty() && required.isEmpty();
    }

    /** What the version still lacks, one sentence each, in words; empty when complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!hasContent) {
            problems.add("The version has no text and no PDF.");
        }
        if (!hasPurposes) {
            problems.add("Choose the purposes the notice covers.");
        }
        if (!missing.isEmpty()) {
            problems.add("Not yet answered on the checklist: " + words(missing) + ".");
        }
        if (!unexplained.isEmpty()) {
            problems.add("Say where the notice states it, or why it does not apply: " + words(unexplained) + ".");
        }
        if (!required.isEmpty()) {
            problems.add("Every notice must state: " + words(required) + ".");
        }
        return problems;
    }

    /** The problems as one message, after what was refused: "The version cannot be issued: ...". */
    public String refusal(String refused) {
        return refused + ": " + String.join(" ", problems());
    }

    private static String words(List<NoticeItem> items) {
        return items.stream().map(item -> item.label().substring(0, 1).toLowerCase(java.util.Locale.UK)
                + item.label().substring(1)).collect(Collectors.joining("; "));
    }
}
