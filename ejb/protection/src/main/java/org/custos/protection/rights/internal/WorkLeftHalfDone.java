package org.custos.protection.rights.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.custos.domain.shared.DataContext;

/**
 * What a crash left half done, read for {@link RequestResumption} in a transaction of its own (that bean runs
 * without one, and the container closes its entity manager between the calls it makes to other beans): the erasures
 * cut short and the compiles left running, each with its person and the DPM who started it. {@code @PermitAll} as
 * {@link RequestResumption}: it reads ids and names, nothing of the person's data; internal.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkLeftHalfDone {

    /** A request whose work is to finish, its person, and who started the work (null when not recorded). */
    public record Left(long requestId, long subjectId, String startedBy) {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** Erasure requests with ERASED outcomes but none for the register (the last): cut short. */
    public List<Left> erasuresCutShort() {
        return lefts("select r.id, r.subject_id, (select max(o.acted_by) from prot_request_outcome o"
                + " where o.request_id = r.id) from prot_rights_request r where r.request_type = 'ERASURE' and exists"
                + " (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED') and not"
                + " exists (select 1 from prot_request_outcome o where o.request_id = r.id and o.action = 'ERASED'"
                + " and o.context = '" + DataContext.REGISTER.key() + "') order by r.id");
    }

    /** Requests still "Compiling". */
    public List<Left> compilesLeftRunning() {
        return lefts("select id, subject_id, compile_started_by from prot_rights_request where compile_state ="
                + " 'RUNNING' order by id");
    }

    private List<Left> lefts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> new Left(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                row[2] == null ? null : row[2].toString())).toList();
    }
}
