package org.custos.protection.rights.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.custos.domain.shared.RequestType;
import org.custos.protection.letters.api.OrganisationForm;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.shared.Dates;
import org.custos.protection.shared.letter.Sender;

/**
 * The values of a letter's placeholders ({@link org.custos.domain.shared.LetterKind}): the organisation's settings,
 * today, and the request the letter is about, every date in words ("3 December 2026").
 */
final class LetterValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    private LetterValues() {
    }

    /** The values every letter offers: today, the organisation, its DPM and signatory, and the request. */
    static LetterValues of(OrganisationView organisation, LocalDate today, RequestView request) {
        LetterValues letter = new LetterValues();
        letter.values.putAll(organisation.letterValues());
        letter.put("today", Dates.day(today))
                .put("person.name", request.subjectName())
                .put("request.type", request.type().label())
                .put("request.receivedOn", Dates.day(request.receivedOn()))
                .put("request.dueOn", Dates.day(request.clock().due()));
        return letter;
    }

    /** The extension notice's own values: why, and the new due date (D2). */
    LetterValues extension(RequestView request) {
        return put("request.extensionReason", request.extensionReason())
                .put("request.extendedDueOn", Dates.day(request.clock().due()));
    }

    /** The notice to a recipient's own values: who, what was shared when, and what the request changed (D5, D6). */
    LetterValues recipient(RequestView request, RecipientView recipient) {
        return put("recipient.name", recipient.recipient()).put("recipient.disclosed", recipient.disclosed())
                .put("recipient.disclosedOn", Dates.day(recipient.disclosedOn()))
                .put("request.change", change(request.type()));
    }

    /** The refusal's own values: the ground, as part of a sentence, and the reasons (D4). */
    LetterValues refusal(RequestView request) {
        return put("refusal.ground", request.refusalGround().label().toLowerCase(Locale.UK))
                .put("refusal.reasons", request.refusalReasons());
    }

    /** Whether the response gives data, as the access response's template words it (a blank value is false). */
    LetterValues response(boolean holdsData) {
        return put("response.holdsData", holdsData ? "yes" : null);
    }

    /** The value of a placeholder; a null or blank one is left out, so a template's section on it is not shown. */
    LetterValues put(String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
        return this;
    }

    Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** Who the letter is from, as the letterhead, signature block and contact line show it. */
    static Sender sender(OrganisationView organisation) {
        OrganisationForm details = organisation.details();
        return new Sender(details.controllerName(), details.address(), details.icoNumber(), organisation.logo(),
                details.dpmName(), details.dpmEmail(), details.dpmPhone(), details.signatoryName(),
                details.signatoryRole());
    }

    private static String change(RequestType type) {
        return switch (type) {
            case RECTIFICATION -> "corrected";
            case ERASURE -> "erased";
            case RESTRICTION -> "restricted the use of";
            default -> "acted on";
        };
    }
}
