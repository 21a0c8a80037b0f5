package org.custos.protection.breaches.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.custos.domain.protection.Purpose;
import org.custos.domain.shared.Role;
import org.custos.domain.shared.SpecialCategory;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.breaches.api.BreachImpact;
import org.custos.protection.breaches.api.BreachImpact.Row;
import org.custos.protection.breaches.api.BreachImpacts;
import org.custos.protection.breaches.api.ImpactChoices;
import org.custos.protection.breaches.api.ImpactChoices.Choice;
import org.custos.protection.breaches.api.ImpactQuery;
import org.custos.protection.breaches.api.ProcessorMap;
import org.custos.protection.breaches.api.ProcessorMap.MappedProcessor;
import org.custos.protection.spi.HeldData;
import org.custos.protection.spi.HeldPeople;
import org.custos.protection.spi.HolderRegistry;
import org.custos.protection.spi.PersonalDataHolder;
import org.custos.security.api.AuditAction;
import org.custos.security.api.Audited;
import org.custos.security.api.RequestRefused;
import org.custos.security.api.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed(Role.Names.DPM)
public class DefaultBreachImpacts implements BreachImpacts {

    private static final String RECORD = "Breach data map";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    @Any
    Instance<ProcessorMap> processorMaps;

    @Inject
    HolderRegistry holders;

    @Inject
    HeldPeople people;

    @Override
    @Audited(value = AuditAction.SEARCH, record = RECORD)
    public ImpactChoices choices() {
        return new ImpactChoices(
                processors().stream().map(processor -> new Choice(Long.toString(processor.organisationId()),
                        processor.name())).toList(),
                holders.sorted().stream().map(holder -> new Choice(holder.context().key(), holder.context().label()))
                        .toList());
    }

    @Override
    @Audited(value = AuditAction.READ, record = RECORD)
    public BreachImpact impact(ImpactQuery query) {
        Map<Long, MappedProcessor> known = processors().stream()
                .collect(Collectors.toMap(MappedProcessor::organisationId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        List<String> held = new ArrayList<>();
        for (MappedProcessor processor : query.processorIds().stream().sorted().map(id -> chosen(known, id))
                .toList()) {
            String theirPeople = HeldPeople.inCategories(processor.peopleHandled());
            held.add(theirPeople);
            rows.add(new Row(processor.name(), true,
                    processor.peopleHandled().stream().sorted().map(SubjectCategory::label).toList(),
                    ImpactTotals.typedCategories(processor.dataCategories()), specialPurposesOf(processor),
                    people.count(theirPeople), processor.peopleHandled().isEmpty()
                            ? "The categories of people whose data it receives are not recorded in the processor"
                                    + " register, so its people are not counted."
                            : null));
        }
        for (PersonalDataHolder holder : query.systems().stream().sorted().map(holders::of).toList()) {
            HeldData data = holder.heldData();
            held.add(data.peopleQuery());
            rows.add(new Row(holder.context().label(), false,
                    people.categoriesOf(data.peopleQuery()).stream().map(SubjectCategory::label).toList(),
                    data.dataCategories(), data.sensitive().stream().sorted().map(SpecialCategory::label).toList(),
                    people.count(data.peopleQuery()), null));
        }
        return new BreachImpact(rows, ImpactTotals.proposal(rows, people.countOnce(held)));
    }

    private List<MappedProcessor> processors() {
        return processorMaps.stream().flatMap(map -> map.processors().stream()).toList();
    }

    private static MappedProcessor chosen(Map<Long, MappedProcessor> known, long organisationId) {
        MappedProcessor processor = known.get(organisationId);
        if (processor == null) {
            throw new RequestRefused("A processor chosen is no longer in the processor register.");
        }
        return processor;
    }

    /** The purposes it serves that use special-category or criminal-records data (a condition is recorded, L4). */
    private List<String> specialPurposesOf(MappedProcessor processor) {
        return processor.purposeIds().stream().map(id -> em.find(Purpose.class, id))
                .filter(purpose -> purpose != null && purpose.specialCategoryCondition() != null)
                .map(purpose -> "Special-category or criminal-records data, for " + purpose.name()).sorted()
                .toList();
    }
}
