package org.custos.protection.rights.internal.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The letter answering an access request (D3): the confirmation, the copy of the person's data by context (other
 * people's information redacted, withheld records only counted with their ground) and the supplementary
 * information of UK GDPR Article 15 (N1): purposes and lawful bases, categories, recipients, sources, transfers,
 * retention, automated decisions, the other rights and the right to complain to the ICO.
 */
public final class ResponseLetterPdf {

    private ResponseLetterPdf() {
    }

    public static byte[] render(PackContent pack) {
        return Letter.write("Your personal data", pack.subjectName(), pack.producedOn(), letter -> {
            letter.request(pack.requestType(), pack.receivedOn(),
                    new PackField("Reply due by", Letter.date(pack.dueOn())));
            boolean holdsData = !pack.sections().isEmpty() || !pack.withheld().isEmpty();
            letter.paragraph(holdsData ? LetterTexts.HOLDS_DATA : LetterTexts.HOLDS_NO_DATA);
            pack.sections().forEach(section -> copy(letter, section));
            withheld(letter, pack.withheld());
            if (holdsData) {
                information(letter, pack.information());
            }
            letter.heading("Your other rights").paragraph(LetterTexts.RIGHTS).list(LetterTexts.EACH_RIGHT);
            letter.heading("Your right to complain").paragraph(LetterTexts.ICO_COMPLAINT);
        });
    }

    private static void copy(Letter letter, PackSection section) {
        letter.heading("Your data: " + section.context());
        for (PackItem item : section.items()) {
            letter.subheading(item.recordId() == null || item.recordId().isBlank() ? item.recordType()
                    : item.recordType() + " (reference " + item.recordId() + ")");
            letter.fields(item.fields());
            if (item.redacted()) {
                letter.note(LetterTexts.REDACTED);
            }
        }
    }

    private static void withheld(Letter letter, List<WithheldItem> withheld) {
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

    private static void information(Letter letter, SupplementaryInformation information) {
        letter.heading("How we use your data");
        letter.subheading("Why we use it and on what lawful basis").list(information.purposes().stream()
                .map(ResponseLetterPdf::purpose).toList());
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
