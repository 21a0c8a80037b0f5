package org.custos.recruitment.api;

import java.io.Serializable;
import java.util.List;

/**
 * The final offer's bank details and emergency contacts as they leave recruitment for the staff file (R2, ADR 0010),
 * read and removed in the staff context's transaction, so that they are never in both places nor in neither. Not a
 * facade: the staff context's caller checked roles and audits the opening of the file.
 */
public interface HireHandover {

    /**
     * The hired application's bank details (none when the offer recorded none) and emergency contacts; recruitment
     * keeps no copy of either afterwards, only when they moved.
     *
     * @throws org.custos.security.api.RequestRefused when the application is not hired or has been handed over
     */
    Handed handOver(long applicationId);

    /** What moves: the bank details in clear, for the staff file to encrypt under its own columns. */
    record Handed(BankDetails bankDetails, List<Contact> emergencyContacts) implements Serializable {

        public Handed {
            emergencyContacts = List.copyOf(emergencyContacts);
        }
    }

    record BankDetails(String accountHolder, String sortCode, String accountNumber) implements Serializable {
    }

    record Contact(long subjectId, String relationship) implements Serializable {
    }
}
