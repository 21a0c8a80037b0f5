package org.custos.protection.rights.internal.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.letter.Block;
import org.custos.protection.shared.letter.LetterBody;

/**
 * What the letter answering an access request (D3) says after the DPM's template: the request, the copy of the
 * person's data grouped by what it is to them ("Your application for Office Manager, June 2026"), each redaction
 * with the reason recorded, withheld records only counted with their ground, and the supplementary information of
 * UK GDPR Article 15 (N1): purposes and lawful bases, categories, recipients, sources, transfers, retention,
 * automated decisions, the other rights and the right to complain to the ICO.
 */
public final class ResponseLetter {

    private ResponseLetter() {
    }

    /** Whether the letter gives a copy of data (or says that some was withheld), for the template's wording. */
    public static boolean holdsData(PackContent pack) {
        return !pack.sections().isEmpty() || !pack.withheld().isEmpty();
    }

    public static void body(PackContent pack, LetterBody letter) {
        letter.heading("Your request of " + Dates.day(pack.receivedOn())).fields(List.of(
                new Block.Field("Request", pack.requestType()), new Block.Field("Received", Dates.day(
                        pack.receivedOn())), new Block.Field("Reply due by", Dates.day(pack.dueOn()))));
        byTopic(pack.sections()).forEach((about, items) -> copy(letter, about, items));
        withheld(letter, pack.withheld());
        if (holdsData(pack)) {
            information(letter, pack.information());
        }
        letter.heading("Your other rights").paragraph(LetterTexts.RIGHTS).list(LetterTexts.EACH_RIGHT);
        letter.heading("Your right to complain").paragraph(LetterTexts.ICO_COMPLAINT);
    }

    /** The items of every context by what they are to the person, in the order each first appears. */
    private static Map<String, List<PackItem>> byTopic(List<PackSection> sections) {
        Map<String, List<PackItem>> byTopic = new LinkedHashMap<>();
        sections.stream().flatMap(section -> section.items().stream())
                .forEach(item -> byTopic.computeIfAbsent(item.about(), about -> new ArrayList<>()).add(item));
        return byTopic;
    }

    private static void copy(LetterBody letter, String about, List<PackItem> items) {
        letter.heading(about);
        for (PackItem item : items) {
            String type = RecordTypes.words(item.recordType());
            letter.subheading(item.recordId() == null || item.recordId().isBlank() ? type
                    : type + " (reference " + item.recordId() + ")");
            letter.fields(item.fields().stream().map(f -> new Block.Field(f.label(), f.value())).toList());
            if (item.redacted()) {
                letter.note("[redacted: " + item.redactionReason() + "]");
            }
        }
    }

    private static void withheld(LetterBody letter, List<WithheldItem> withheld) {
        if (withheld.isEmpty()) {
            return;
        }
        Map<Ground, Long> counts = withheld.stream().collect(Collectors.groupingBy(
                item -> new Ground(item.context(), item.exemptionGround()), LinkedHashMap::new,
                Collectors.counting()));
        letter.heading("Information we have withheld").paragraph(LetterTexts.WITHHELD).list(counts.entrySet()
                .stream()
                .map(count -> count.getKey().context() + ": " + records(count.getValue()) + " withheld, ground: "
                        + count.getKey().ground())
                .toList());
    }

    private static void information(LetterBody letter, SupplementaryInformation information) {
        letter.heading("How we use your data");
        letter.subheading("Why we use it and on what lawful basis").list(information.purposes().stream()
                .map(ResponseLetter::purpose).toList());
        letter.subheading("The categories of data we hold").list(information.dataCategories());
        letter.subheading("Who receives it").list(information.recipients());
        letter.subheading("Where it came from").list(information.sources());
        letter.subheading("Transfers outside the UK and their safeguards")
                .paragraph(orElse(information.transfers(), LetterTexts.NO_TRANSFERS));
        letter.subheading("How long we keep it").list(information.retention());
        letter.subheading("Automated decision-making")
                .paragraph(orElse(information.automatedDecisions(), LetterTexts.NO_AUTOMATED_DECISIONS));
    }

    private static String purpose(PurposeLine purpose) {
        String line = purpose.name() + " (lawful basis: " + purpose.lawfulBasis() + ")";
        return purpose.description() == null || purpose.description().isBlank() ? line
                : line + ": " + purpose.description();
    }

    private static String records(long count) {
        return count == 1 ? "1 record" : count + " records";
    }

    private static String orElse(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text;
    }

    /** The key by which withheld records are counted: their context and exemption ground, never their content. */
    private record Ground(String context, String ground) {
    }
}
