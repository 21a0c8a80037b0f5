package org.custos.security.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The sensitive records and approvals about one person, for the DPM's rights requests (D3, D5) through the
 * personal-data SPI: the protection context adapts this to a holder, as security cannot see protection.
 */
@Local
public interface SensitiveDataRights {

    /** Every sensitive record about the person, decrypted, and every request for approval about them. */
    SensitiveDataExport exportAbout(@SubjectId long subjectId);

    /**
     * Deletes the person's sensitive records, the approvals about them and the access grants that name them (each
     * ended in the audit trail), except the records their recording context keeps
     * ({@link SensitiveRecordForm#keptByContext}): those stay until that context erases them with its own records
     * ({@link KeptSensitiveRecords}).
     */
    SensitiveErasure eraseAbout(@SubjectId long subjectId);

    /** Rectifies the content of one of the person's sensitive records (D5); false when the person has no such record. */
    boolean correct(@SubjectId long subjectId, long recordId, String content);

    /**
     * What {@link #eraseAbout} did: how many records went, and how many each recording context keeps (by its key).
     */
    record SensitiveErasure(int erased, Map<String, Long> keptByContext) implements Serializable {

        public SensitiveErasure {
            keptByContext = Map.copyOf(keptByContext);
        }
    }

    /** What {@link #exportAbout} returns. */
    record SensitiveDataExport(List<SensitiveRecordView> records, List<ApprovalView> approvals)
        implements Serializable {

        public SensitiveDataExport {
            records = List.copyOf(records);
            approvals = List.copyOf(approvals);
        }
    }
}
