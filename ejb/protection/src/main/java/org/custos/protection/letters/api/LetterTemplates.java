package org.custos.protection.letters.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.custos.domain.shared.LetterKind;
import org.custos.security.api.RecordId;

/** The templates of the letters (see the package): the DPM edits them, version after version. */
@Local
public interface LetterTemplates {

    /** The template each kind of letter uses now, in the order of {@link LetterKind}. */
    List<TemplateView> current();

    TemplateView current(@NotNull LetterKind kind);

    /** Every version of the kind's template, newest first. */
    List<TemplateView> versions(@NotNull LetterKind kind);

    /**
     * Saves the text as the kind's new version.
     *
     * @param basedOn the id of the version the DPM edited
     * @throws org.custos.security.api.ConcurrentChange when a newer version was saved since
     * @throws org.custos.security.api.RequestRefused when the text names a placeholder the letter does not have,
     *     or cannot be read as a template
     */
    TemplateView save(@NotNull LetterKind kind, @RecordId long basedOn, @NotNull @Valid TemplateForm form);

    /** Saves an earlier version's text as the newest version, so letters use it again. */
    TemplateView restore(@RecordId long versionId, long basedOn);
}
