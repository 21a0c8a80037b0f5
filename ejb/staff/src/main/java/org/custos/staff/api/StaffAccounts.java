package org.custos.staff.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import org.custos.security.api.RecordId;

/**
 * The account through which a member of staff sees their own record (A1, X1), linked by HR from the staff file to
 * the person's entry in the register: chosen among the active accounts holding the STAFF role, one account per person
 * and one person per account. The DPM reads which account is linked.
 */
@Local
public interface StaffAccounts {

    /** The account linked to the file's person, or the accounts that may be linked when there is none. */
    StaffAccountView accountOf(@RecordId long staffFileId);

    /**
     * HR links the account to the file's person.
     *
     * @throws org.custos.security.api.RequestRefused for an account without the STAFF role, one linked to someone
     *         else, or a person already linked to an account
     */
    StaffAccountView link(@RecordId long staffFileId,
            @NotBlank(message = "Choose the account of the member of staff.") String username);

    /** HR takes the link away: the account no longer sees the record. */
    StaffAccountView unlink(@RecordId long staffFileId);
}
