package org.custos.domain.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The letters the product writes from a template, and the placeholders each offers: those of every letter (the
 * person, today, the organisation, its Data Protection Manager and signatory), those of what it is about (the
 * request it answers, or the application), and its own. Dates are given in words ({@code 3 December 2026}).
 */
public enum LetterKind {
    ACKNOWLEDGEMENT("Acknowledgement of a request", About.REQUEST),
    EXTENSION_NOTICE("Extension notice", About.REQUEST, "request.extensionReason", "request.extendedDueOn"),
    ACCESS_RESPONSE("Response to an access request", About.REQUEST, "response.holdsData"),
    REFUSAL("Refusal of a request", About.REQUEST, "refusal.ground", "refusal.reasons"),
    RECIPIENT_NOTICE("Recipients told of a rectification, erasure or restriction", About.REQUEST,
            "recipient.name", "recipient.disclosed", "recipient.disclosedOn", "request.change"),
    APPLICANT_REJECTION("Rejection of an application", About.APPLICATION, "application.reason",
            "application.keptFor", "application.keptUntil", "application.talentPool"),
    COMPLAINT_ACKNOWLEDGEMENT("Acknowledgement of a complaint", About.COMPLAINT),
    COMPLAINT_OUTCOME("Outcome of a complaint", About.COMPLAINT, "complaint.outcome", "complaint.outcomeOn",
            "complaint.dataProtection");

    /** The placeholders every letter offers. */
    public static final List<String> COMMON = List.of("person.name", "today", "organisation.name",
            "organisation.address", "organisation.icoNumber", "dpm.name", "dpm.email", "dpm.phone",
            "signatory.name", "signatory.role");

    /** What a letter is about, and the placeholders that gives it besides the common ones. */
    public enum About {
        REQUEST("request.type", "request.receivedOn", "request.dueOn"),
        APPLICATION("application.role", "application.receivedOn"),
        COMPLAINT("complaint.kind", "complaint.receivedOn", "complaint.channel");

        private final List<String> placeholders;

        About(String... placeholders) {
            this.placeholders = List.of(placeholders);
        }
    }

    private final String label;
    private final About about;
    private final List<String> own;

    LetterKind(String label, About about, String... own) {
        this.label = label;
        this.about = about;
        List<String> offered = new ArrayList<>(about.placeholders);
        offered.addAll(List.of(own));
        this.own = List.copyOf(offered);
    }

    public String label() {
        return label;
    }

    /** What the letter is about: a rights request, a job application, or a complaint. */
    public About about() {
        return about;
    }

    /** Every placeholder a template of this letter may use, the common ones first. */
    public List<String> placeholders() {
        List<String> all = new ArrayList<>(COMMON);
        all.addAll(own);
        return List.copyOf(all);
    }
}
