package org.custos.security.api;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;

/**
 * What an account change did (X6): the account as it is now, the roles it held before and the roles asked, and
 * whether the change was made, waits for the DPM's confirmation, or was refused by the DPM. Its audit entry names
 * the account and the roles before and after.
 */
public record AccountChange(AccountView account, Set<Role> rolesBefore, Set<Role> rolesAsked, Outcome outcome)
        implements Serializable, AuditedRecord {

    public enum Outcome {
        DONE, WAITING_FOR_THE_DPM, REFUSED_BY_THE_DPM
    }

    public AccountChange {
        rolesBefore = Set.copyOf(rolesBefore);
        rolesAsked = Set.copyOf(rolesAsked);
    }

    public boolean waitingForTheDpm() {
        return outcome == Outcome.WAITING_FOR_THE_DPM;
    }

    @Override
    public Long auditSubjectId() {
        return null;
    }

    @Override
    public String auditRecordId() {
        return Long.toString(account.id());
    }

    @Override
    public String auditDetail() {
        String detail = "account " + account.username() + "; roles before: " + names(rolesBefore) + "; after: "
                + names(account.roles());
        return switch (outcome) {
            case DONE -> detail;
            case WAITING_FOR_THE_DPM -> detail + "; asked: " + names(rolesAsked) + ", waiting for the DPM";
            case REFUSED_BY_THE_DPM -> detail + "; asked: " + names(rolesAsked) + ", refused by the DPM";
        };
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty() ? "none" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
