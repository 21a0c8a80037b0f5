package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.custos.domain.security.Account;
import org.custos.domain.shared.Role;
import org.custos.security.api.AccountDirectory;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Role.Names.HR, Role.Names.DPM})
public class DefaultAccountDirectory implements AccountDirectory {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Override
    public List<AccountName> holding(Role role) {
        return em.createQuery("select a from Account a join a.roles r where r = :role and a.enabled = true",
                Account.class).setParameter("role", role).getResultStream()
                .map(account -> new AccountName(account.username(), account.displayName()))
                .sorted(Comparator.comparing(AccountName::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
