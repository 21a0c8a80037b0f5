package org.custos.protection.rights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.protection.rights.api.ItemField;

/**
 * D3: other people's information in a response. Finds the names of people in the register, other than the
 * requester, in an item's text, and suggests the item with those names removed; the DPM decides.
 */
@Dependent
class OtherPeople {

    static final String REMOVED = "[name removed]";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The full names of everyone in the register but the requester, longest first (so "Ann Lee-Smith" wins). */
    List<String> namesBesides(long requesterId) {
        List<String> names = new ArrayList<>(em.createQuery("select concat(concat(s.givenNames, ' '), s.familyName)"
                + " from DataSubject s where s.id <> :me", String.class).setParameter("me", requesterId)
                .getResultList());
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    static List<String> namedIn(List<ItemField> fields, List<String> names) {
        String text = fields.stream().map(ItemField::value).reduce("", (a, b) -> a + "\n" + b).toLowerCase(Locale.ROOT);
        return names.stream().filter(name -> text.contains(name.toLowerCase(Locale.ROOT))).distinct().toList();
    }

    static List<ItemField> withoutNames(List<ItemField> fields, List<String> names) {
        return fields.stream().map(field -> new ItemField(field.label(), removed(field.value(), names))).toList();
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
