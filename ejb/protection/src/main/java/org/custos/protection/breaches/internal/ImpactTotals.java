package org.custos.protection.breaches.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.custos.protection.breaches.api.BreachImpact.Proposal;
import org.custos.protection.breaches.api.BreachImpact.Row;

/**
 * How a breach's data map proposes the breach form's figures (X5): the processors and systems by name, each
 * category of people and of data once (however it is spelled twice), the special-category and criminal-records data
 * flagged when any place holds some, and the people affected counted once each, not summed over the places that
 * hold them. The form has one field for the categories of data: the special-category and criminal-records data
 * comes last in it.
 */
final class ImpactTotals {

    static final String SEPARATOR = "; ";

    private ImpactTotals() {
    }

    /** The figures for the form from the rows, with the number of different people the places hold together. */
    static Proposal proposal(List<Row> rows, long differentPeople) {
        long most = rows.stream().mapToLong(Row::people).sum();
        if (differentPeople < 0 || differentPeople > most) {
            throw new IllegalArgumentException("The people counted once each cannot exceed the places' sum " + most);
        }
        return new Proposal(joined(rows.stream().map(Row::name)),
                joined(rows.stream().flatMap(row -> row.peopleCategories().stream())),
                joined(Stream.concat(rows.stream().flatMap(row -> row.dataCategories().stream()),
                        rows.stream().flatMap(row -> row.sensitiveData().stream()))),
                (int) Math.min(differentPeople, Integer.MAX_VALUE),
                eachOnce(rows.stream().flatMap(row -> row.sensitiveData().stream())));
    }

    /** A processor's data categories as typed, one per item of a list separated by semicolons, commas or lines. */
    static List<String> typedCategories(String typed) {
        return typed == null ? List.of() : eachOnce(Arrays.stream(typed.split("[;,\\n]")));
    }

    /** Each text once, trimmed, in the order first seen, a later spelling differing only in case left out. */
    static List<String> eachOnce(Stream<String> texts) {
        Map<String, String> seen = new LinkedHashMap<>();
        texts.map(String::trim).filter(text -> !text.isEmpty())
                .forEach(text -> seen.putIfAbsent(text.toLowerCase(Locale.ROOT), text));
        return new ArrayList<>(seen.values());
    }

    private static String joined(Stream<String> texts) {
        return String.join(SEPARATOR, eachOnce(texts));
    }
}
