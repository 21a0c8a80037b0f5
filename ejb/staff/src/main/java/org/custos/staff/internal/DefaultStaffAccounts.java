package org.custos.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.domain.shared.Role;
import org.custos.domain.staff.StaffAccount;
import org.custos.domain.staff.StaffFile;
import org.custos.protection.calendar.api.ComplianceCalendar;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;
import org.custos.staff.api.StaffAccountView;
import org.custos.staff.api.StaffAccounts;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultStaffAccounts implements StaffAccounts {

    private static final String RECORD = "StaffAccount";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffRecords records;

    @Inject
    OwnRecords own;

    @Inject
    ComplianceCalendar calendar;

    @EJB
    AccountDirectory accounts;

    @Override
    @Audited(record = RECORD)
    public StaffAccountView accountOf(long staffFileId) {
        return view(records.file(staffFileId));
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.CREATE, record = RECORD)
    public StaffAccountView link(long staffFileId, String username) {
        StaffFile file = records.file(staffFileId);
        records.unrestricted(file.subjectId());
        String account = username.trim().toLowerCase(Locale.ROOT);
        Set<String> staffAccounts = staffAccounts().stream().map(AccountName::username).collect(Collectors.toSet());
        Long linkedTo = own.linkedSubject(account);
        Optional<String> persons = Optional.ofNullable(em.find(StaffAccount.class, file.subjectId()))
                .map(StaffAccount::username);
        AccountLinks.refusal(account, staffAccounts, linkedTo != null && linkedTo != file.subjectId(), persons)
                .ifPresent(reason -> {
                    throw new RequestRefused(reason);
                });
        em.persist(new StaffAccount(file.subjectId(), account, session.getCallerPrincipal().getName(),
                calendar.now()));
        em.flush();
        return view(file);
    }

    @Override
    @RolesAllowed(Role.Names.HR)
    @Audited(value = AuditAction.ERASE, record = RECORD)
    public StaffAccountView unlink(long staffFileId) {
        StaffFile file = records.file(staffFileId);
        StaffAccount linked = em.find(StaffAccount.class, file.subjectId());
        if (linked == null) {
            throw new RequestRefused("No account is linked to this person's record.");
        }
        em.remove(linked);
        em.flush();
        return view(file);
    }

    private StaffAccountView view(StaffFile file) {
        StaffAccount linked = em.find(StaffAccount.class, file.subjectId());
        if (linked != null) {
            return new StaffAccountView(file.id(), file.subjectId(), linked.username(), linked.linkedBy(),
                    linked.linkedAt(), List.of());
        }
        List<AccountName> holders = staffAccounts();
        List<String> taken = holders.isEmpty() ? List.of() : em.createQuery("select a.username from StaffAccount a"
                + " where a.username in :names", String.class)
                .setParameter("names", holders.stream().map(AccountName::username).toList()).getResultList();
        return new StaffAccountView(file.id(), file.subjectId(), null, null, null, holders.stream()
                .filter(account -> !taken.contains(account.username())).toList());
    }

    /** The active accounts holding the STAFF role. */
    private List<AccountName> staffAccounts() {
        return accounts.holdingAny(Set.of(Role.STAFF));
    }
}
