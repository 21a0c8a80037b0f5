package org.custos.system.server;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.custos.protection.api.CorrectableField;
import org.custos.protection.api.Correction;
import org.custos.protection.api.ErasureOutcome;
import org.custos.protection.api.PersonalDataHolder;
import org.custos.protection.api.RectificationOutcome;
import org.custos.protection.api.RetentionItem;
import org.custos.protection.api.SubjectDataSection;

/**
 * A personal-data holder in an EJB module of its own, as each later context will have: the protection context
 * must find it (ADR 0003). It holds nothing.
 */
@ApplicationScoped
public class ProbeDataHolder implements PersonalDataHolder {

    @Override
    public String context() {
        return "probe";
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        return new SubjectDataSection(context(), List.of());
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        return new ErasureOutcome(context(), 0, List.of());
    }

    @Override
    public List<CorrectableField> correctable(long subjectId) {
        return List.of();
    }

    @Override
    public RectificationOutcome rectify(long subjectId, List<Correction> corrections) {
        return new RectificationOutcome(0, Map.of());
    }

    @Override
    public void restrict(long subjectId, boolean restricted) {
        // holds nothing to restrict
    }

    @Override
    public List<RetentionItem> dueForReview(LocalDate asOf) {
        return List.of();
    }
}
