package org.custos.protection.rights.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.custos.security.api.RecordId;

/**
 * The DPM's response to an access or portability request (D3, D7): compile what every context holds about the
 * person into a review workspace (in the background, with progress), decide each item (disclose, redact other
 * people's information, withhold on an exemption ground, or leave out of an agreed narrower scope), then produce
 * the pack (JSON and the letter with the supplementary information), kept with the request. Compiling and producing
 * the pack are refused until the requester's identity is verified, or the DPM recorded why no check is needed (D1).
 */
@Local
public interface ResponseCompilation {

    /** Starts compiling (again); the request's compile state and counts show the progress. */
    RequestView compile(@RecordId long requestId, long version);

    /** Only the compile state and counts of the request, read in one statement: what a progress poll needs. */
    CompileProgress progress(@RecordId long requestId);

    /** Records the narrower scope the person agreed to (D3). */
    RequestView narrowScope(@RecordId long requestId, long version,
            @NotBlank(message = "Write what the person agreed to.")
            @Size(max = 2000, message = "The scope must have at most {max} characters.") String agreedScope);

    /** The items compiled, by context; other people of the register named in an item are pointed out. */
    List<ReviewItemView> items(@RecordId long requestId);

    ReviewItemView decide(@RecordId long requestId, long itemId, long version, @NotNull @Valid ReviewForm form);

    /** @throws org.custos.security.api.RequestRefused while items are undecided or compiling is not done */
    RequestView producePack(@RecordId long requestId, long version);
}
