package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.custos.domain.shared.LetterKind;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.letters.api.LetterTemplates;
import org.custos.protection.letters.api.OrganisationSettings;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.protection.letters.api.TemplateView;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.shared.letter.LetterBody;
import org.custos.protection.shared.letter.LetterDocument;
import org.custos.protection.shared.letter.LetterDocx;
import org.custos.protection.shared.letter.LetterPdf;
import org.custos.protection.shared.letter.TemplateText;

/**
 * Writes a letter about a request from the DPM's current template of its kind, from the organisation (letterhead,
 * signature block, the DPM's contact), dated today: the template's title and text filled with the letter's values,
 * then what the law prescribes after it.
 */
@Dependent
class Letters {

    /** A letter and the template version that produced it. */
    record Written(long templateId, LetterDocument letter) {

        byte[] pdf() {
            return LetterPdf.render(letter);
        }

        byte[] docx() {
            return LetterDocx.render(letter);
        }
    }

    @Inject
    OrganisationSettings organisation;

    @Inject
    LetterTemplates templates;

    @Inject
    ComplianceCalendar calendar;

    /**
     * The letter of {@code kind} about {@code request} to {@code to} ("Dear ..."), with the values {@code own} adds
     * to those of every letter, and {@code after} the template's text.
     */
    Written write(LetterKind kind, RequestView request, String to, Function<LetterValues, LetterValues> own,
            Consumer<LetterBody> after) {
        OrganisationView from = organisation.organisation();
        TemplateView template = templates.current(kind);
        Map<String, String> values = own.apply(LetterValues.of(from, calendar.today(), request)).values();
        LetterBody body = new LetterBody().paragraphs(TemplateText.fill(template.body(), values));
        after.accept(body);
        return new Written(template.id(), new LetterDocument(LetterValues.sender(from),
                TemplateText.fill(template.title(), values).strip(), calendar.today(), to, body.blocks(),
                template.madeFrom()));
    }
}
