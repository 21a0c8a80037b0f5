package org.custos.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.domain.shared.Role;

/**
 * That a re-encryption under the current data key is under way (X3), and the lease that lets one server at a time
 * resume it at its start ({@link KeyRotationResumption}), as {@code NoticeSendLease} does for notices: the row of
 * {@code sec_key_rotation} of the key, written when the administrator starts re-encrypting, finished when nothing is
 * left under an older key. The lease is taken with one SQL update that succeeds only while the rotation is not
 * finished and its lease is free or ran out ({@link #LEASE}); a server killed while it holds it leaves a lease that
 * runs out. Each step commits on its own, so that the other servers see it at once.
 * <p>
 * {@code @PermitAll} but for {@link #started}: it leases and finishes, and re-encrypts nothing; the administrator's
 * facade checks the role, and the resumption runs at the start with no one signed in. Internal: the web module
 * cannot reach it (architecture rule: the web uses the contexts' api packages only).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RotationRecord {

    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    /** A name for one resumption's hold on a lease: this server's process and a random part. */
    static String newHolder() {
        String holder = ManagementFactory.getRuntimeMXBean().getName() + " " + UUID.randomUUID();
        return holder.length() > 200 ? holder.substring(holder.length() - 200) : holder;
    }

    /**
     * Notes that re-encrypting under {@code keyId} started, by {@code startedBy}, unless it was noted already. The
     * administrator's alone (from {@link DefaultDataKeyRotation#rotate}): no one else may start a rotation the server
     * would then carry on at its start.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void started(String keyId, String startedBy) {
        if (em.createNativeQuery("select key_id from sec_key_rotation where key_id = ?").setParameter(1, keyId)
                .getResultList().isEmpty()) {
            em.createNativeQuery("insert into sec_key_rotation (key_id, started_by, started_at) values (?, ?, ?)")
                    .setParameter(1, keyId).setParameter(2, startedBy).setParameter(3, now()).executeUpdate();
        }
    }

    /** Notes that nothing is left to re-encrypt under {@code keyId}. */
    public void finished(String keyId) {
        em.createNativeQuery("update sec_key_rotation set finished_at = ? where key_id = ? and finished_at is null")
                .setParameter(1, now()).setParameter(2, keyId).executeUpdate();
    }

    /** Who started the re-encryption under {@code keyId} when it is not finished; empty otherwise. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> leftRunning(String keyId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select started_by from sec_key_rotation where key_id = ?"
                + " and finished_at is null").setParameter(1, keyId).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** Takes the lease for {@code holder} if the rotation is not finished and its lease is free or ran out. */
    public boolean take(String keyId, String holder) {
        LocalDateTime now = now();
        return em.createNativeQuery("update sec_key_rotation set lease_holder = ?, lease_expires_at = ?"
                + " where key_id = ? and finished_at is null and (lease_holder is null or lease_expires_at is null"
                + " or lease_expires_at < ?)").setParameter(1, holder).setParameter(2, now.plus(LEASE))
                .setParameter(3, keyId).setParameter(4, now).executeUpdate() == 1;
    }

    /** Extends the lease of {@code holder}; false when another server took it over. */
    public boolean renew(String keyId, String holder) {
        return em.createNativeQuery("update sec_key_rotation set lease_expires_at = ? where key_id = ?"
                + " and lease_holder = ?").setParameter(1, now().plus(LEASE)).setParameter(2, keyId)
                .setParameter(3, holder).executeUpdate() == 1;
    }

    /** Frees the lease if {@code holder} still holds it. */
    public void release(String keyId, String holder) {
        em.createNativeQuery("update sec_key_rotation set lease_holder = null, lease_expires_at = null"
                + " where key_id = ? and lease_holder = ?").setParameter(1, keyId).setParameter(2, holder)
                .executeUpdate();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
