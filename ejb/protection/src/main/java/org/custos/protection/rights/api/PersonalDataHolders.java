package org.custos.protection.rights.api;

import jakarta.ejb.Local;
import java.util.List;
import org.custos.protection.spi.SubjectDataSection;
import org.custos.security.api.SubjectId;

/** The holders of personal data deployed in this application, as the rights and retention engines see them. */
@Local
public interface PersonalDataHolders {

    /** The contexts whose holders were found, sorted. */
    List<String> contexts();

    /** Every context's data about one person (D3); the DPM only, audited. */
    List<SubjectDataSection> export(@SubjectId long subjectId);
}
