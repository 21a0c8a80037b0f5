package org.custos.system.server;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.ErasureOutcome;
import java.util.Set;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.protection.spi.RetentionItem;
import org.custos.protection.spi.RetentionRule;
import org.custos.protection.spi.SubjectDataSection;

/**
 * A personal-data holder in an EJB module of its own, as each later context will have: the protection context
 * must find it and the retention rule it declares (ADR 0003). It holds nothing. It stands in for the complaints
 * context, which is declared in the registry but has no module yet.
 */
@ApplicationScoped
public class ProbeDataHolder implements PersonalDataHolder {

    /** A rule only this holder declares: the settings list it with no change to protection. */
    static final RetentionRule PROBE_RULE = new RetentionRule(DataContext.COMPLAINTS, "retention.probe", "R5",
            "Keep the probe's records after they close", "Probe record closed", Period.ofYears(6));

    @Override
    public DataContext context() {
        return DataContext.COMPLAINTS;
    }

    @Override
    public List<RetentionRule> retentionRules() {
        return List.of(PROBE_RULE);
    }

    @Override
    public HeldData heldData() {
        return new HeldData(List.of(), Set.of(), "select id as subject_id from core_data_subject where false");
    }

    @Override
    public SubjectDataSection export(long subjectId) {
        return new SubjectDataSection(context().key(), List.of());
    }

    @Override
    public ErasureOutcome erase(long subjectId) {
        return new ErasureOutcome(context().key(), 0, List.of());
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
