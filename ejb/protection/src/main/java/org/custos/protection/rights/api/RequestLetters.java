package org.custos.protection.rights.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import org.custos.domain.shared.LetterKind;
import org.custos.security.api.RecordId;

/**
 * The letters about a request written when the DPM asks for them, from the current template and the organisation's
 * settings, as PDF or DOCX: the acknowledgement, the extension notice (D2), and the notice to each recipient the
 * person's data was disclosed to that the request changed it (D5, D6). The response and the refusal are kept with
 * the request instead ({@link RightsRequests#packFile}).
 */
@Local
public interface RequestLetters {

    /**
     * The acknowledgement ({@link LetterKind#ACKNOWLEDGEMENT}) or, once the request is extended, the extension
     * notice ({@link LetterKind#EXTENSION_NOTICE}).
     *
     * @throws org.custos.security.api.RequestRefused for another kind, a notice of an extension not made, or JSON
     */
    PackFile letter(@RecordId long requestId, @NotNull LetterKind kind, @NotNull PackFile.Format format);

    /** The notice to the recipient of {@code recipientId} ({@link RequestActions#recipients}). */
    PackFile recipientLetter(@RecordId long requestId, long recipientId, @NotNull PackFile.Format format);
}
