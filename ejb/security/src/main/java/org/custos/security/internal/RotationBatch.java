package org.custos.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.EncryptedColumns.Column;
import org.custos.domain.crypto.KeyRing;
import org.custos.domain.shared.Role;

/**
 * One batch of a rotation over every {@link EncryptedColumns encrypted column}, committed on its own, so that an
 * interruption loses at most the batch under way. Values are read one at a time (a document may have 10 MB). A
 * row changed meanwhile (its version no longer the one read) is left for the next batch.
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
        int done = 0;
        int left = SIZE;
        for (Column column : EncryptedColumns.ALL) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + column.key() + ", version from "
                    + column.table() + " where " + underOlderKeys(column) + " order by " + column.key())
                    .setParameter(1, currentPrefix(ring)).setMaxResults(left).getResultList();
            for (Object[] row : rows) {
                done += reencrypt(ring, column, row[0], row[1]);
            }
            left -= rows.size();
            if (left == 0) {
                break;
            }
        }
        return done;
    }

    private int reencrypt(KeyRing ring, Column column, Object id, Object version) {
        String old = (String) em.createNativeQuery("select " + column.name() + " from " + column.table()
                + " where " + column.key() + " = ?").setParameter(1, id).getSingleResult();
        return em.createNativeQuery("update " + column.table() + " set " + column.name() + " = ?, version = version"
                + " + 1 where " + column.key() + " = ? and version = ?").setParameter(1, ring.reencrypt(old))
                .setParameter(2, id).setParameter(3, version).executeUpdate();
    }

    /** How many values, in all encrypted columns, are still under older keys. */
    public long remaining() {
        String prefix = currentPrefix(DataKeys.ring());
        return EncryptedColumns.ALL.stream().mapToLong(column -> ((Number) em.createNativeQuery("select count(*)"
                + " from " + column.table() + " where " + underOlderKeys(column)).setParameter(1, prefix)
                .getSingleResult()).longValue()).sum();
    }

    private static String underOlderKeys(Column column) {
        return column.name() + " not like ? escape '\\'";
    }

    private static String currentPrefix(KeyRing ring) {
        return ring.currentId().replace("_", "\\_") + ":%";
    }
}
