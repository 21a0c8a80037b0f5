package org.custos.protection.letters.api;

import java.util.Map;
import org.custos.domain.shared.LetterKind;

/**
 * Letters another context writes from the DPM's current template of a kind (recruitment: the applicant's rejection
 * letter): from the organisation (letterhead, signature block, the Data Protection Manager's contact), dated today,
 * the template's title and text filled with the values every letter has (today, the organisation, its DPM and
 * signatory) and those the caller gives. Not a facade: the calling context's facade decides who may have the
 * letter, and audits it.
 */
public interface LetterWriter {

    /**
     * The letter of {@code kind} to {@code to} ("Dear ..."), in {@code format}, its file called {@code name}.
     *
     * @param values the values of the letter's own placeholders by name ({@code person.name},
     *     {@code application.role}); a null or blank one is left out, so a template's section on it is not shown
     */
    LetterFile write(LetterKind kind, String to, Map<String, String> values, String name, LetterFile.Format format);
}
