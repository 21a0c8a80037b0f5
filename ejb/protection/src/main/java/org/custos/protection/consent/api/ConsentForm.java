package org.custos.protection.consent.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.custos.domain.shared.ConsentMethod;
import org.custos.security.api.DocumentUpload;

/**
 * A consent as HR or the DPM records it (L2): the person, the purpose, the notice version they were given, the exact
 * wording they agreed to, how and the day, the evidence (a note, a document, or both), and {@code agreed}: the
 * explicit answer that they agreed, which has no default (null until someone chooses). The rules that need more than
 * one field are {@code ConsentRules}'.
 */
public record ConsentForm(
        @NotNull(message = "Choose the person.") Long subjectId,
        @NotNull(message = "Choose the purpose they consented to.") Long purposeId,
        Long noticeVersionId,
        @NotBlank(message = "Enter the exact words they agreed to.")
        @Size(max = ConsentForm.WORDING_MAX, message = "The wording must have at most {max} characters.")
        String wording,
        @NotNull(message = "Choose how they consented.") ConsentMethod method,
        @NotNull(message = "Enter the day they consented.") LocalDate givenOn,
        @Size(max = ConsentForm.NOTE_MAX, message = "The evidence note must have at most {max} characters.")
        String evidenceNote,
        @Valid DocumentUpload evidenceDocument,
        Boolean agreed) implements Serializable {

    /** The longest wording kept, as the ledger's column. */
    public static final int WORDING_MAX = 4000;

    /** The longest evidence note kept, as the ledger's column. */
    public static final int NOTE_MAX = 2000;
}
