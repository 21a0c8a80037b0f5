package org.custos.protection.api;

import org.custos.security.api.SubjectId;
import jakarta.ejb.Local;
import java.util.List;

/** The holders of personal data deployed in this application, as the rights and retention engines see them. */
@Local
public interface PersonalDataHolders {

    /** The contexts whose holders were found, sorted. */
    List<String> contexts();

    /** Every context's data about one person (D3); the DPM only, audited. */
    List<SubjectDataSection> export(@SubjectId long subjectId);
}
