package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.security.Account;
import org.custos.domain.shared.ClientScope;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SearchText;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.AccountName;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultAccountDirectory implements AccountDirectory {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    @RolesAllowed({Role.Names.HR, Role.Names.DPM, ClientScope.Names.INTAKE})
    @Audited(value = AuditAction.SEARCH, record = "Account")
    public List<AccountName> holdingAny(Set<Role> roles) {
        return em.createQuery("select distinct a from Account a join a.roles r where r in :roles"
                + " and a.enabled = true", Account.class).setParameter("roles", roles).getResultStream()
                .map(account -> new AccountName(account.username(), account.displayName()))
                .sorted(Comparator.comparing(AccountName::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = "Account")
    public List<AccountName> matching(String text, Set<Role> roles, int limit) {
        return em.createQuery("select distinct a.username, a.displayName, lower(a.displayName) from Account a"
                + " join a.roles r where r in :roles and a.enabled = true and (lower(a.username) like :text"
                + SearchText.ESCAPE + " or lower(a.displayName) like :text" + SearchText.ESCAPE + ")"
                + " order by lower(a.displayName), a.username", Object[].class).setParameter("roles", roles)
                .setParameter("text", SearchText.anywhere(text.trim().toLowerCase(Locale.ROOT)))
                .setMaxResults(limit).getResultStream()
                .map(row -> new AccountName((String) row[0], (String) row[1])).toList();
    }

    @Override
    @Audited(value = AuditAction.SEARCH, record = "Account")
    public Optional<AccountName> enabled(String username, Set<Role> roles) {
        return em.createQuery("select distinct a from Account a join a.roles r where r in :roles"
                + " and a.enabled = true and a.username = :username", Account.class).setParameter("roles", roles)
                .setParameter("username", username).getResultStream().findFirst()
                .map(account -> new AccountName(account.username(), account.displayName()));
    }
}
