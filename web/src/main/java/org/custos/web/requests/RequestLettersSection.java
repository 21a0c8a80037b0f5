package org.custos.web.requests;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.function.Supplier;
import org.custos.domain.shared.LetterKind;
import org.custos.protection.rights.api.PackFile;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestLetters;
import org.custos.web.shell.FacadeCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The letters about a request for the DPM to download, as PDF to send or as a Word document to edit first: the
 * acknowledgement, the extension notice once extended (D2), the kept response or refusal (D3, D4), and the notice
 * to each recipient to tell (D5, D6). The organisation's details and the templates are on the letters page.
 */
@Named
@ViewScoped
public class RequestLettersSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RequestLetters letters;

    @Inject
    RequestDetailPage page;

    public StreamedContent letter(LetterKind kind, PackFile.Format format) {
        return download(() -> letters.letter(page.getId(), kind, format));
    }

    public StreamedContent recipientLetter(RecipientView recipient, PackFile.Format format) {
        return download(() -> letters.recipientLetter(page.getId(), recipient.id(), format));
    }

    private static StreamedContent download(Supplier<PackFile> call) {
        return FacadeCall.attempt(call).map(found -> DefaultStreamedContent.builder().name(found.fileName())
                .contentType(found.mediaType()).stream(() -> new ByteArrayInputStream(found.content())).build())
                .orElse(null);
    }
}
