package org.custos.protection.letters.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.custos.domain.protection.LetterTemplate;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.Role;
import org.custos.protection.letters.api.LetterTemplates;
import org.custos.protection.letters.api.TemplateForm;
import org.custos.protection.letters.api.TemplateView;
import org.custos.security.api.AccessRefused;
import org.custos.security.api.AuditAction;
import org.custos.security.api.AuditExempt;
import org.custos.security.api.Audited;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultLetterTemplates implements LetterTemplates {

    private static final String RECORD = "LetterTemplate";
    private static final String READS = "reads no personal data: the text of the letters' templates";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Principal caller;

    @Override
    @AuditExempt(READS)
    public List<TemplateView> current() {
        return Arrays.stream(LetterKind.values()).map(this::current).toList();
    }

    @Override
    @AuditExempt(READS)
    public TemplateView current(LetterKind kind) {
        return view(newest(kind), true);
    }

    @Override
    @AuditExempt(READS)
    public List<TemplateView> versions(LetterKind kind) {
        List<LetterTemplate> versions = ofKind(kind);
        return versions.stream().map(version -> view(version, version == versions.get(0))).toList();
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public TemplateView save(LetterKind kind, long basedOn, TemplateForm form) {
        return saved(kind, basedOn, form.title().strip(), form.body().strip());
    }

    @Override
    @Audited(value = AuditAction.UPDATE, record = RECORD)
    public TemplateView restore(long versionId, long basedOn) {
        LetterTemplate earlier = em.find(LetterTemplate.class, versionId);
        if (earlier == null) {
            throw new AccessRefused("There is no such version of a template.");
        }
        return saved(earlier.kind(), basedOn, earlier.title(), earlier.body());
    }

    private TemplateView saved(LetterKind kind, long basedOn, String title, String body) {
        LetterTemplate newest = newest(kind);
        em.lock(newest, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        int number = TemplateVersions.next(kind, newest.id(), newest.number(), basedOn, title, body);
        LetterTemplate version = new LetterTemplate(kind, number, title, body, caller.getName(),
                LocalDateTime.now(clock));
        em.persist(version);
        em.flush();
        return view(version, true);
    }

    private LetterTemplate newest(LetterKind kind) {
        return newest(em, kind);
    }

    /** The version of the kind's template letters use now: the newest. */
    static LetterTemplate newest(EntityManager em, LetterKind kind) {
        return ofKind(em, kind).get(0);
    }

    private List<LetterTemplate> ofKind(LetterKind kind) {
        return ofKind(em, kind);
    }

    private static List<LetterTemplate> ofKind(EntityManager em, LetterKind kind) {
        return em.createQuery("select t from LetterTemplate t where t.kind = :kind order by t.number desc",
                LetterTemplate.class).setParameter("kind", kind).getResultList();
    }

    static TemplateView view(LetterTemplate t, boolean current) {
        return new TemplateView(t.id(), t.kind(), t.number(), t.title(), t.body(), t.savedBy(), t.savedAt(), current);
    }
}
