package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.crypto.AlteredValue;
import org.custos.domain.crypto.Binding;
import org.custos.domain.crypto.DataKeys;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.EncryptedColumns.Column;
import org.custos.domain.crypto.KeyRing;
import org.custos.domain.shared.Role;
import org.custos.security.api.RequestRefused;

/**
 * One batch of a rotation over every {@link EncryptedColumns encrypted column}, committed on its own, so that an
 * interruption loses at most the batch under way. Values are read one at a time (a document may have 10 MB). A
 * row changed meanwhile (its version no longer the one read) is left for the next batch. Every value not yet under
 * the current key and bound to its row is re-encrypted, so a rotation also binds values stored before the binding
 * (ADR 0009); a value that does not decrypt where it is stops the rotation, named by table, column and row.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RotationBatch {

    static final int SIZE = 100;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /**
     * Re-encrypts the next batch under the current key; returns how many values it re-encrypted.
     *
     * @throws RequestRefused when a value was altered outside Custos (nothing of the batch is kept)
     */
    public int next() {
        KeyRing ring = DataKeys.ring();
        int done = 0;
        int left = SIZE;
        for (Column column : EncryptedColumns.ALL) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + column.key() + ", version from "
                    + column.table() + " where " + notYetCurrent(column) + " order by " + column.key())
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
                + " + 1 where " + column.key() + " = ? and version = ?")
                .setParameter(1, reencrypted(ring, old, column.at(((Number) id).longValue())))
                .setParameter(2, id).setParameter(3, version).executeUpdate();
    }

    private static String reencrypted(KeyRing ring, String old, Binding binding) {
        try {
            return ring.reencrypt(old, binding);
        } catch (AlteredValue altered) {
            throw new RequestRefused("The value in " + binding + " was altered outside Custos, so it cannot be "
                    + "re-encrypted. Restore it from a backup, then re-encrypt again.");
        }
    }

    /**
     * The same as {@link #next}, for the server resuming at its start a re-encryption the administrator started
     * ({@link KeyRotationResumption}): {@code @PermitAll} on purpose, as no one is signed in then; internal, the web
     * module cannot reach it.
     */
    @PermitAll
    public int nextLeftRunning() {
        return next();
    }

    /** The same as {@link #remaining}, for that resumption. */
    @PermitAll
    public long remainingLeftRunning() {
        return remaining();
    }

    /** How many values, in all encrypted columns, are not yet under the current key and bound to their row. */
    public long remaining() {
        String prefix = currentPrefix(DataKeys.ring());
        return EncryptedColumns.ALL.stream().mapToLong(column -> ((Number) em.createNativeQuery("select count(*)"
                + " from " + column.table() + " where " + notYetCurrent(column)).setParameter(1, prefix)
                .getSingleResult()).longValue()).sum();
    }

    private static String notYetCurrent(Column column) {
        return column.name() + " not like ? escape '\\'";
    }

    private static String currentPrefix(KeyRing ring) {
        return ring.currentPrefix().replace("_", "\\_") + "%";
    }
}
