package org.custos.security.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The DPM's confirmation of account changes (X6, four eyes): roles that see personal data, and new passwords for
 * accounts holding them, take effect only once a DPM confirms them. Nobody confirms a change they asked for or a
 * change of their own account.
 */
@Local
public interface AccountConfirmations {

    /** The changes waiting, oldest first. */
    List<AccountChangeRequest> waiting();

    AccountChange confirm(@RecordId long changeId, long version);

    AccountChange refuse(@RecordId long changeId, long version);
}
