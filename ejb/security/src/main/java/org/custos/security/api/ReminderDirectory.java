package org.custos.security.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.custos.domain.shared.Role;

/**
 * What the daily reminders (protection's {@code reminders}) need of security: who gets mail at which address, and
 * the approvals ending (L4). Not a facade: the reminders' timer calls it with no caller, and it gives no personal
 * data of the register, only accounts and approvals by number.
 */
public interface ReminderDirectory {

    /** An account that gets reminders: enabled, with an email address. */
    record Addressee(String username, String displayName, String email) implements Serializable {
    }

    /** An approval that is granted and ends on {@code validUntil}, and the account that asked for it. */
    record EndingApproval(long approvalId, String requestedBy, LocalDate validUntil) implements Serializable {
    }

    /** The enabled accounts holding the role that have an email address, by user name. */
    List<Addressee> holding(Role role);

    /** The enabled accounts among {@code usernames} that have an email address. */
    List<Addressee> named(List<String> usernames);

    /** The granted approvals that end from {@code from} to {@code to}, both included, soonest first. */
    List<EndingApproval> approvalsEnding(LocalDate from, LocalDate to);
}
