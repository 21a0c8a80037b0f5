package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.KeyRing;
import org.custos.domain.shared.Role;

/**
 * One batch of a rotation, committed on its own, so that an interruption loses at most the batch under way. A
 * row changed meanwhile (its ciphertext no longer the one read) is left for the next batch.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RotationBatch {

    static final int SIZE = 100;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** Re-encrypts the next batch under the current key; returns how many values it re-encrypted. */
    public int next() {
        KeyRing ring = DataKeys.ring();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, content from sec_sensitive_record"
                + " where content not like ? escape '\\' order by id").setParameter(1, currentPrefix(ring))
                .setMaxResults(SIZE).getResultList();
        int done = 0;
        for (Object[] row : rows) {
            String old = (String) row[1];
            done += em.createNativeQuery("update sec_sensitive_record set content = ?, version = version + 1"
                    + " where id = ? and content = ?").setParameter(1, ring.encrypt(ring.decrypt(old)))
                    .setParameter(2, row[0]).setParameter(3, old).executeUpdate();
        }
        return done;
    }

    public long remaining() {
        return ((Number) em.createNativeQuery("select count(*) from sec_sensitive_record where content not like ?"
                + " escape '\\'").setParameter(1, currentPrefix(DataKeys.ring())).getSingleResult()).longValue();
    }

    private static String currentPrefix(KeyRing ring) {
        return ring.currentId().replace("_", "\\_") + ":%";
    }
}
