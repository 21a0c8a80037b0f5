package org.custos.protection.letters.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.domain.protection.Organisation;
import org.custos.domain.shared.LetterKind;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.protection.letters.api.LetterFile;
import org.custos.protection.letters.api.LetterWriter;
import org.custos.protection.letters.api.OrganisationForm;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.protection.letters.api.TemplateView;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.letter.LetterBody;
import org.custos.protection.shared.letter.LetterDocument;
import org.custos.protection.shared.letter.LetterDocx;
import org.custos.protection.shared.letter.LetterPdf;
import org.custos.protection.shared.letter.Sender;
import org.custos.protection.shared.letter.TemplateText;

/**
 * Writes another context's letter from the current template of its kind and the organisation's settings, read
 * here rather than through the DPM's facades: whoever the calling facade lets have the letter may have what it
 * prints.
 */
@ApplicationScoped
public class TemplateLetterWriter implements LetterWriter {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    ComplianceCalendar calendar;

    @Override
    public LetterFile write(LetterKind kind, String to, Map<String, String> own, String name,
            LetterFile.Format format) {
        OrganisationView from = DefaultOrganisationSettings.view(em.find(Organisation.class, Organisation.ID));
        TemplateView template = DefaultLetterTemplates.view(DefaultLetterTemplates.newest(em, kind), true);
        LocalDate today = calendar.today();
        Map<String, String> values = new LinkedHashMap<>(from.letterValues());
        values.put("today", Dates.day(today));
        values.putAll(own);
        LetterDocument letter = new LetterDocument(sender(from), TemplateText.fill(template.title(), values).strip(),
                today, to, new LetterBody().paragraphs(TemplateText.fill(template.body(), values)).blocks(),
                template.madeFrom());
        byte[] content = format == LetterFile.Format.PDF ? LetterPdf.render(letter) : LetterDocx.render(letter);
        return new LetterFile(name + "." + format.extension(), format.mediaType(), content, template.madeFrom());
    }

    private static Sender sender(OrganisationView organisation) {
        OrganisationForm details = organisation.details();
        return new Sender(details.controllerName(), details.address(), details.icoNumber(), organisation.logo(),
                details.dpmName(), details.dpmEmail(), details.dpmPhone(), details.signatoryName(),
                details.signatoryRole());
    }
}
