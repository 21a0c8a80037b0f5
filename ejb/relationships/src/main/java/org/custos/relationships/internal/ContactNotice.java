package org.custos.relationships.internal;

import java.time.LocalDate;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.OrganisationKind;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.notices.api.NoticeOwedForm;

/**
 * The privacy notice a new contact is owed (N2): a contact's details usually come from their organisation, not from
 * them, so the notice of suppliers (for a supplier's contact) or of clients and customers is owed from the day the
 * contact is added, due a month later or at the first communication if sooner, until HR records it given.
 */
final class ContactNotice {

    private ContactNotice() {
    }

    static NoticeAudience audienceOf(OrganisationKind kind) {
        return kind == OrganisationKind.SUPPLIER ? NoticeAudience.SUPPLIERS : NoticeAudience.CLIENTS_AND_CUSTOMERS;
    }

    static void record(NoticeLedger ledger, Organisation organisation, OrganisationContact contact, LocalDate today) {
        String source = organisation.name();
        ledger.obtained(contact.subjectId(), audienceOf(contact.kind()), today,
                source.length() > NoticeOwedForm.SOURCE_MAX ? source.substring(0, NoticeOwedForm.SOURCE_MAX)
                        : source, OrganisationViews.CONTEXT, contact.id());
    }
}
