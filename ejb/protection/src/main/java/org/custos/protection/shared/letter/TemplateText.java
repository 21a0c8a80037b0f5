package org.custos.protection.shared.letter;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.WriteCode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a letter template: Mustache ({@code {{person.name}}}, sections {@code {{#name}}...{{/name}}} shown
 * when the value is not blank, {@code {{^name}}...{{/name}}} when it is), filled as plain text, never HTML-escaped.
 * A template names only the placeholders its letter offers: {@link #problems} says, in words, what else it names;
 * partials ({@code {{> name}}}) are refused, so a template reads nothing but its values.
 */
public final class TemplateText {

    /** Resolves no other template, so a template can read no file nor class-path resource. */
    private static final DefaultMustacheFactory FACTORY = new DefaultMustacheFactory(name -> null) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final String INCLUDES = "The template includes another template ({{> ...}}): write its text"
            + " here instead.";

    private TemplateText() {
    }

    /**
     * What is wrong with {@code text} as a template offering {@code known} placeholders, each a sentence; none when
     * it can be saved.
     */
    public static List<String> problems(String text, Set<String> known) {
        Mustache mustache;
        try {
            mustache = compile(text);
        } catch (MustacheNotFoundException e) {
            return List.of(INCLUDES);
        } catch (MustacheException e) {
            return List.of("The template cannot be read: check that every {{ has its }} and every section "
                    + "{{#name}} its {{/name}}.");
        }
        Set<String> named = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        collect(mustache.getCodes(), named, problems);
        List<String> unknown = named.stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            problems.add("The template uses " + (unknown.size() == 1 ? "a placeholder" : "placeholders")
                    + " this letter does not have: " + String.join(", ", unknown.stream()
                            .map(name -> "{{" + name + "}}").toList()) + ". Use only those listed.");
        }
        return problems;
    }

    /** The template filled with {@code values} (by placeholder name); a name without a value prints nothing. */
    public static String fill(String text, Map<String, String> values) {
        StringWriter out = new StringWriter();
        compile(text).execute(out, nested(values));
        return out.toString();
    }

    private static Mustache compile(String text) {
        return FACTORY.compile(new StringReader(text), "template");
    }

    private static void collect(Code[] codes, Set<String> named, List<String> problems) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof PartialCode) {
                problems.add(INCLUDES);
            } else if (!(code instanceof WriteCode) && !(code instanceof CommentCode) && code.getName() != null) {
                named.add(code.getName());
            }
            collect(code.getCodes(), named, problems);
        }
    }

    /** "person.name" → {person: {name: ...}}, as Mustache looks dotted names up; a blank value is left out. */
    private static Map<String, Object> nested(Map<String, String> values) {
        Map<String, Object> root = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            Map<String, Object> scope = root;
            String[] parts = name.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) scope.computeIfAbsent(parts[i],
                        key -> new LinkedHashMap<String, Object>());
                scope = inner;
            }
            scope.put(parts[parts.length - 1], value);
        });
        return root;
    }
}
