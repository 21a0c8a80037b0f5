package org.custos.protection.rights.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.custos.domain.shared.CompileState;
import org.custos.domain.shared.IdentityCheck;
import org.custos.domain.shared.LetterKind;
import org.custos.domain.shared.RefusalGround;
import org.custos.domain.shared.RequestChannel;
import org.custos.domain.shared.RequestType;
import org.custos.protection.letters.api.OrganisationForm;
import org.custos.protection.letters.api.OrganisationView;
import org.custos.protection.rights.api.RecipientView;
import org.custos.protection.rights.api.RequestView;
import org.custos.protection.shared.letter.TemplateText;
import org.junit.jupiter.api.Test;

/** The values a letter's placeholders take: the organisation, the request and the letter's own, dates in words. */
class LetterValuesTest {

    private static final OrganisationView ORGANISATION = new OrganisationView(3, new OrganisationForm(
            "Northwind Trust", "1 High Street\nLeeds", "ZA123456", "Dana Park", "dpm@northwind.example", null,
            "Sam Reed", "Chief Executive"), null, null, null, null);

    private static RequestView aRequest(RequestType type, String extensionReason, RefusalGround ground) {
        RequestView.Clock clock = new RequestView.Clock(LocalDate.of(2027, 1, 4), LocalDate.of(2026, 12, 3), null, 0,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 3), 80L, null, null, false, false);
        return new RequestView(7, 1, 51, "Zoë Ó Briain", type, RequestChannel.values()[0], null, "A copy",
                LocalDate.of(2026, 12, 3), IdentityCheck.VERIFIED, LocalDate.of(2026, 12, 3), null, null, clock,
                extensionReason, null, ground, ground == null ? null : "Every week since June.", null, null, null,
                null, CompileState.NOT_STARTED, 0, 0, false, null, List.of());
    }

    private static String filled(String template, LetterValues values) {
        return TemplateText.fill(template, values.values());
    }

    @Test
    void everyLetterOffersTheOrganisationThePersonAndTheRequestWithDatesInWords() {
        LetterValues values = LetterValues.of(ORGANISATION, LocalDate.of(2026, 12, 5),
                aRequest(RequestType.ACCESS, null, null));

        assertEquals("Zoë Ó Briain asked on 3 December 2026 (Access (a copy of the data)); reply by 3 March 2027."
                + " Northwind Trust, ZA123456, Dana Park, dpm@northwind.example, Sam Reed, Chief Executive,"
                + " 5 December 2026", filled("{{person.name}} asked on {{request.receivedOn}} ({{request.type}});"
                + " reply by {{request.dueOn}}. {{organisation.name}}, {{organisation.icoNumber}}, {{dpm.name}},"
                + " {{dpm.email}}, {{signatory.name}}, {{signatory.role}}, {{today}}", values));
    }

    @Test
    void everyPlaceholderTheCommonValuesFillIsOneEveryRequestLetterOffers() {
        Map<String, String> common = LetterValues.of(ORGANISATION, LocalDate.of(2026, 12, 5),
                aRequest(RequestType.ACCESS, null, null)).values();

        for (LetterKind kind : LetterKind.values()) {
            if (kind.about() == LetterKind.About.REQUEST) {
                assertTrue(kind.placeholders().containsAll(common.keySet()), kind + ": " + common.keySet());
            }
        }
    }

    @Test
    void aValueNotSetLeavesItsSectionOut() {
        LetterValues values = LetterValues.of(ORGANISATION, LocalDate.of(2026, 12, 5),
                aRequest(RequestType.ACCESS, null, null));

        assertEquals("Write to us.", filled("Write to us{{#dpm.phone}} or call {{dpm.phone}}{{/dpm.phone}}.", values));
    }

    @Test
    void theExtensionNoticeGivesTheReasonAndTheNewDueDate_D2() {
        RequestView extended = aRequest(RequestType.ACCESS, "It is one of twelve requests.", null);

        assertEquals("It is one of twelve requests. We will reply by 3 March 2027.", filled(
                "{{request.extensionReason}} We will reply by {{request.extendedDueOn}}.",
                LetterValues.of(ORGANISATION, LocalDate.of(2026, 12, 5), extended).extension(extended)));
    }

    @Test
    void theRefusalGivesItsGroundAsPartOfASentenceAndTheReasons_D4() {
        RequestView refused = aRequest(RequestType.ACCESS, null, RefusalGround.EXCESSIVE);

        assertEquals("because it is manifestly excessive: Every week since June.", filled(
                "because it is {{refusal.ground}}: {{refusal.reasons}}",
                LetterValues.of(ORGANISATION, LocalDate.of(2026, 12, 5), refused).refusal(refused)));
    }

    @Test
    void aRecipientIsToldWhatTheyHadWhenAndWhatChanged_D5() {
        RequestView erasure = aRequest(RequestType.ERASURE, null, null);
        RecipientView payroll = new RecipientView(9, 0, "Payroll bureau", "Bank details",
                LocalDate.of(2026, 6, 1), null);

        assertEquals("Payroll bureau: Bank details, shared on 1 June 2026, has been erased.", filled(
                "{{recipient.name}}: {{recipient.disclosed}}, shared on {{recipient.disclosedOn}}, has been"
                + " {{request.change}}.", LetterValues.of(ORGANISATION, LocalDate.of(2026, 12, 5), erasure)
                        .recipient(erasure, payroll)));
    }
}
