package org.custos.security.api;

import jakarta.ejb.Local;
import org.custos.security.api.SensitiveDataRights.SensitiveDataExport;
import org.custos.security.api.SensitiveDataRights.SensitiveErasure;

/**
 * The sensitive records about one person for the rights engine alone when it finishes, at the server's start with
 * no one signed in, an erasure or a compile the DPM started and a crash cut short (D3, D5): the same as {@link
 * SensitiveDataRights}, whose methods are the DPM's, without a caller. Each call is audited like those.
 * <p>
 * A port for protection's start-up resumption, not a facade: the web never uses it (an architecture rule), as no
 * page has a request to finish; the role was checked, and the identity gate passed, when the DPM started the work.
 */
@Local
public interface SensitiveDataResumption {

    /** As {@link SensitiveDataRights#eraseAbout}; each grant it ends is said to end by the erasure {@code startedBy} started. */
    SensitiveErasure eraseAbout(@SubjectId long subjectId, String startedBy);

    /** As {@link SensitiveDataRights#exportAbout}. */
    SensitiveDataExport exportAbout(@SubjectId long subjectId);
}
