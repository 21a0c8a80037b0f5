package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.domain.shared.SearchText;
import org.custos.protection.rights.api.ItemField;

/**
 * D3: other people's information in a response. Finds the names of people in the register, other than the
 * requester, in items' text, and suggests each item with those names removed; a field its context said is another
 * person's data (a complainant who asked not to be named, for one) is suggested withheld whole. The DPM decides.
 * The register is asked only for the names the text could hold: every run of two to
 * {@value #LONGEST_NAME_IN_WORDS} of its words, folded as names are kept (so "ZOE NUNEZ" finds Zoë Núñez), looked up
 * by equality however large the register.
 */
@Dependent
class OtherPeople {

    static final String REMOVED = "[name removed]";

    /** What a suggested redaction puts in place of a field its context said is another person's data. */
    static final String WITHHELD = "[another person's information withheld]";

    /** Given names and family name together, in words: longer names are not looked for. */
    static final int LONGEST_NAME_IN_WORDS = 6;

    private static final int NAMES_PER_QUERY = 1_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’.-][\\p{L}\\p{M}\\p{N}]+)*");

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The full names, as kept, of the people besides the requester that the items name, longest first. */
    List<String> namedBesides(long requesterId, Collection<List<ItemField>> items) {
        List<String> candidates = List.copyOf(candidateNames(items));
        List<String> names = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += NAMES_PER_QUERY) {
            names.addAll(em.createQuery("select concat(concat(s.givenNames, ' '), s.familyName)"
                    + " from DataSubject s where s.searchName in :names and s.id <> :me", String.class)
                    .setParameter("names", candidates.subList(from, Math.min(candidates.size(),
                            from + NAMES_PER_QUERY)))
                    .setParameter("me", requesterId).getResultList());
        }
        return names.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The names of {@code names} that the fields hold, compared as names are kept. */
    static List<String> namedIn(List<ItemField> fields, List<String> names) {
        String text = SearchText.folded(String.join("\n", fields.stream().map(ItemField::value).toList()));
        return names.stream().filter(name -> text.contains(SearchText.folded(name))).toList();
    }

    /**
     * The other people an item's fields concern: those its context named as the owners of a field's data, then the
     * names of {@code named} that none of those already says.
     */
    static List<String> concerned(List<ItemField> fields, List<String> named) {
        List<String> owners = fields.stream().map(ItemField::otherPerson).filter(owner -> owner != null).distinct()
                .toList();
        List<String> all = new ArrayList<>(owners);
        named.stream().filter(name -> owners.stream().noneMatch(owner -> SearchText.folded(owner)
                .contains(SearchText.folded(name)))).forEach(all::add);
        return all;
    }

    /** The fields with the names removed, and those that are another person's data withheld whole. */
    static List<ItemField> withoutNames(List<ItemField> fields, List<String> names) {
        return fields.stream().map(field -> new ItemField(field.label(),
                field.otherPerson() != null ? WITHHELD : removed(field.value(), names))).toList();
    }

    /** Every run of two to {@value #LONGEST_NAME_IN_WORDS} words of the items' texts, folded. */
    static Set<String> candidateNames(Collection<List<ItemField>> items) {
        Set<String> candidates = new LinkedHashSet<>();
        for (List<ItemField> fields : items) {
            for (ItemField field : fields) {
                List<String> words = WORD.matcher(SearchText.folded(field.value())).results()
                        .map(match -> match.group()).toList();
                for (int first = 0; first < words.size(); first++) {
                    for (int last = first + 1; last < Math.min(words.size(), first + LONGEST_NAME_IN_WORDS); last++) {
                        candidates.add(String.join(" ", words.subList(first, last + 1)));
                    }
                }
            }
        }
        return candidates;
    }

    private static String removed(String value, List<String> names) {
        String result = value;
        for (String name : names) {
            result = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(REMOVED));
        }
        return result;
    }
}
