package org.custos.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The letters the product writes from a template, and the placeholders each offers: those of every letter (the
 * person, today, the organisation, its Data Protection Manager and signatory), those of what it is about (the
 * request it answers), and its own. Dates are given in words ({@code 3 December 2026}).
 */
public enum LetterKind {
    ACKNOWLEDGEMENT("Acknowledgement of a request", About.REQUEST),
    EXTENSION_NOTICE("Extension notice", About.REQUEST, "request.extensionReason", "request.extendedDueOn"),
    ACCESS_RESPONSE("Response to an access request", About.REQUEST, "response.holdsData"),
    REFUSAL("Refusal of a request", About.REQUEST, "refusal.ground", "refusal.reasons"),
    RECIPIENT_NOTICE("Recipients told of a rectification, erasure or restriction", About.REQUEST,
            "recipient.name", "recipient.disclosed", "recipient.disclosedOn", "request.change");

    /** The placeholders every letter offers. */
    public static final List<String> COMMON = List.of("person.name", "today", "organisation.name",
            "organisation.address", "organisation.icoNumber", "dpm.name", "dpm.email", "dpm.phone",
            "signatory.name", "signatory.role");

    /** What a letter is about, and the placeholders that gives it besides the common ones. */
    public enum About {
        REQUEST("request.type", "request.receivedOn", "request.dueOn");

        private final List<String> placeholders;

        About(String... placeholders) {
            this.placeholders = List.of(placeholders);
        }
    }

    private final String label;
    private final List<String> own;

    LetterKind(String label, About about, String... own) {
        this.label = label;
        List<String> offered = new ArrayList<>(about.placeholders);
        offered.addAll(List.of(own));
        this.own = List.copyOf(offered);
    }

    public String label() {
        return label;
    }

    /** Every placeholder a template of this letter may use, the common ones first. */
    public List<String> placeholders() {
        List<String> all = new ArrayList<>(COMMON);
        all.addAll(own);
        return List.copyOf(all);
    }
}
