package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.domain.relationships.AdequateCountry;
import org.custos.domain.relationships.Processor;
import org.custos.domain.relationships.SubProcessor;
import org.custos.domain.relationships.Transfer;
import org.custos.domain.shared.Countries;
import org.custos.relationships.api.AdequateCountryView;
import org.custos.relationships.api.TransferView;

/**
 * Transfers as read: the countries an organisation takes our data to (its processor record's, its sub-processors',
 * and those recorded for it), each by name with who holds the data there and its safeguard; and, per purpose, the
 * processors' transfers.
 */
@Dependent
class TransferViews {

    static final String THE_PROCESSOR = "The processor";
    static final String RECORDED_HERE = "This organisation";

    @Inject
    TransferRecords records;

    @Inject
    ProcessorRecords processors;

    @Inject
    OrganisationRecords organisations;

    List<TransferView> of(long organisationId) {
        Map<String, List<String>> destinations = processors.processorOf(organisationId)
                .map(this::destinations).orElseGet(TreeMap::new);
        Map<String, Transfer> recorded = new LinkedHashMap<>();
        records.transfersOf(organisationId).forEach(transfer -> {
            recorded.put(transfer.country(), transfer);
            destinations.computeIfAbsent(transfer.country(), country -> new ArrayList<>(List.of(RECORDED_HERE)));
        });
        Map<String, AdequateCountry> adequate = records.adequacyList();
        return destinations.entrySet().stream().filter(entry -> TransferRules.needsMechanism(entry.getKey()))
                .map(entry -> view(entry.getKey(), String.join("; ", entry.getValue()), recorded.get(entry.getKey()),
                        adequate.get(entry.getKey())))
                .sorted(Comparator.comparing(TransferView::countryName)).toList();
    }

    /** By purpose id, one line per country outside the UK each processor serving it takes the data to. */
    Map<Long, List<String>> byPurpose() {
        Map<Long, Map<String, Transfer>> recorded = records.allTransfers();
        Map<String, AdequateCountry> adequate = records.adequacyList();
        Map<Long, List<String>> lines = new TreeMap<>();
        for (Processor processor : records.processors()) {
            String name = organisations.organisation(processor.organisationId()).name();
            Map<String, Transfer> its = recorded.getOrDefault(processor.organisationId(), Map.of());
            List<String> countries = destinations(processor).keySet().stream().filter(TransferRules::needsMechanism)
                    .map(country -> line(country, name, its.get(country), adequate.containsKey(country))).toList();
            processor.purposeIds().forEach(purpose -> lines.computeIfAbsent(purpose, id -> new ArrayList<>())
                    .addAll(countries));
        }
        lines.values().removeIf(List::isEmpty);
        return lines;
    }

    List<AdequateCountryView> adequacyList() {
        return records.adequacyList().values().stream().map(country -> new AdequateCountryView(country.country(),
                Countries.name(country.country()), country.version(), country.conditions()))
                .sorted(Comparator.comparing(AdequateCountryView::name)).toList();
    }

    /** The countries where the processor or its sub-processors hold the data, each with who holds it there. */
    private Map<String, List<String>> destinations(Processor processor) {
        Map<String, List<String>> destinations = new TreeMap<>();
        processor.countryCodes().forEach(country -> destinations.computeIfAbsent(country,
                code -> new ArrayList<>()).add(THE_PROCESSOR));
        for (SubProcessor sub : processors.subProcessorsOf(processor.id())) {
            String holder = "Sub-processor " + organisations.organisation(sub.organisationId()).name();
            sub.countryCodes().forEach(country -> destinations.computeIfAbsent(country,
                    code -> new ArrayList<>()).add(holder));
        }
        return destinations;
    }

    private static String line(String country, String organisation, Transfer transfer, boolean adequate) {
        boolean safeguarded = transfer != null
                && TransferRules.safeguarded(country, transfer.mechanism(), adequate);
        return Countries.name(country) + ", through " + organisation + ": "
                + (safeguarded ? transfer.mechanism().label() : "no safeguard recorded yet");
    }

    private static TransferView view(String country, String via, Transfer transfer, AdequateCountry adequate) {
        String conditions = adequate == null ? null : adequate.conditions();
        if (transfer == null) {
            return new TransferView(null, 0, country, Countries.name(country), via, null, null, null, null, null,
                    null, null, null, conditions, false);
        }
        return new TransferView(transfer.id(), transfer.version(), country, Countries.name(country), via,
                transfer.mechanism(), transfer.mechanism() == null ? null : transfer.mechanism().label(),
                transfer.exception(), transfer.exception() == null ? null : transfer.exception().label(),
                transfer.exceptionReason(), transfer.assessedOn(), transfer.assessmentOutcome(), transfer.assessmentDocument(), conditions,
                TransferRules.safeguarded(country, transfer.mechanism(), adequate != null));
    }
}
