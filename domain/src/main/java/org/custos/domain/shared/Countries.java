package org.custos.domain.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Countries as ISO 3166 alpha-2 codes, named in English as {@link Locale} names them. Countries typed as a list
 * ("Ireland, United States") are read by their names or codes, a few usual other names ({@code UK}, {@code USA}, the
 * UK's nations), separated by commas or semicolons.
 */
public final class Countries {

    /** The United Kingdom, where no transfer arises. */
    public static final String UK = "GB";

    private static final Map<String, String> BY_WORD = words();

    private Countries() {
    }

    /** What a list of countries as typed says: the countries read, in order, and the words that are none. */
    public record Reading(Set<String> codes, List<String> unknown) {
    }

    /** The English name of a country. */
    public static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.UK);
    }

    /** Whether the code is an ISO 3166 alpha-2 country's. */
    public static boolean known(String code) {
        return code != null && Arrays.asList(Locale.getISOCountries()).contains(code);
    }

    /** Every country's code, in the order of their names. */
    public static List<String> codes() {
        return Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Countries::name)).toList();
    }

    /** The names of the countries, in the order given, separated by commas. */
    public static String names(Set<String> codes) {
        return codes.stream().map(Countries::name).collect(Collectors.joining(", "));
    }

    public static Reading read(String typed) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String word : typed == null ? new String[0] : typed.split("[,;]")) {
            String code = BY_WORD.get(word.strip().toLowerCase(Locale.ROOT).replace(".", ""));
            if (code != null) {
                codes.add(code);
            } else if (!word.isBlank()) {
                unknown.add(word.strip());
            }
        }
        return new Reading(codes, List.copyOf(unknown));
    }

    private static Map<String, String> words() {
        Map<String, String> words = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toMap(
                code -> name(code).toLowerCase(Locale.ROOT), Function.identity(), (first, second) -> first));
        for (String code : Locale.getISOCountries()) {
            words.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
            words.putIfAbsent(new Locale("", code).getISO3Country().toLowerCase(Locale.ROOT), code);
        }
        Map.of("uk", UK, "great britain", UK, "britain", UK, "england", UK, "scotland", UK, "wales", UK,
                "northern ireland", UK, "united states of america", "US", "america", "US",
                "republic of korea", "KR").forEach(words::put);
        return Map.copyOf(words);
    }
}
