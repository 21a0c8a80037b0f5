package org.custos.protection.shared.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The DPM's letter templates: placeholders filled as plain text, and only those a letter offers. */
class TemplateTextTest {

    private static final Set<String> KNOWN = Set.of("person.name", "request.receivedOn", "organisation.name",
            "dpm.email");

    @Test
    void placeholdersAreFilledAsPlainTextNeverEscaped() {
        String filled = TemplateText.fill("Dear {{person.name}}, we received it on {{request.receivedOn}}.",
                Map.of("person.name", "Seán O'Brien & <Co>", "request.receivedOn", "3 December 2026"));

        assertEquals("Dear Seán O'Brien & <Co>, we received it on 3 December 2026.", filled);
    }

    @Test
    void aSectionShowsOnlyWhenItsValueIsThere() {
        String template = "Ask us{{#dpm.email}} at {{dpm.email}}{{/dpm.email}}{{^dpm.email}} by post{{/dpm.email}}.";

        assertEquals("Ask us at dpm@example.org.", TemplateText.fill(template, Map.of("dpm.email",
                "dpm@example.org")));
        assertEquals("Ask us by post.", TemplateText.fill(template, Map.of()));
    }

    @Test
    void aTemplateUsingOnlyKnownPlaceholdersHasNoProblems() {
        assertEquals(List.of(), TemplateText.problems(
                "{{organisation.name}}: {{#dpm.email}}{{dpm.email}}{{/dpm.email}} {{! a note to the DPM }}", KNOWN));
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() {
        assertEquals(List.of("The template uses placeholders this letter does not have: {{person.nmae}},"
                + " {{refusal.reasons}}. Use only those listed."), TemplateText.problems(
                        "Dear {{person.nmae}}, {{#refusal.reasons}}{{refusal.reasons}}{{/refusal.reasons}}", KNOWN));
    }

    @Test
    void aTemplateThatCannotBeReadOrIncludesAnotherIsRefused() {
        assertEquals(List.of("The template cannot be read: check that every {{ has its }} and every section"
                + " {{#name}} its {{/name}}."), TemplateText.problems("{{#person.name}} no end", KNOWN));
        assertEquals(List.of("The template includes another template ({{> ...}}): write its text here instead."),
                TemplateText.problems("{{> /etc/passwd}}", KNOWN));
    }
}
