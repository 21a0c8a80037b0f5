package org.custos.relationships.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.shared.NoticeAudience;
import org.custos.domain.shared.NoticeMethod;
import org.custos.domain.shared.OrganisationKind;
import org.custos.protection.notices.api.NoticeLedger;
import org.custos.protection.notices.api.NoticeOwedForm;
import org.custos.relationships.api.ContactSource;

/**
 * The privacy notice a new contact is owed (N2), of suppliers (for a supplier's contact) or of clients and customers,
 * by where their details came from: from the person themselves, the details were collected from them, so the issued
 * version is recorded as given at collection, the way they say they were given it (owed that day when no version is
 * issued), as for a job applicant who applied directly; from their organisation or someone else, the notice is owed
 * from the day the contact is added, due a month later or at the first communication or disclosure if sooner, until
 * HR records it given.
 */
final class ContactNotice {

    private ContactNotice() {
    }

    static NoticeAudience audienceOf(OrganisationKind kind) {
        return kind == OrganisationKind.SUPPLIER ? NoticeAudience.SUPPLIERS : NoticeAudience.CLIENTS_AND_CUSTOMERS;
    }

    /** Why a contact whose details came from {@code source} cannot be added with {@code noticeGiven}, or nothing. */
    static Optional<String> refusal(ContactSource source, NoticeMethod noticeGiven) {
        if (source == ContactSource.THEMSELVES && noticeGiven == null) {
            return Optional.of("Choose how the person was given the privacy notice when they gave you their"
                    + " details themselves.");
        }
        return Optional.empty();
    }

    static void record(NoticeLedger ledger, Organisation organisation, OrganisationContact contact,
            ContactSource source, NoticeMethod noticeGiven, LocalDate today) {
        NoticeAudience audience = audienceOf(contact.kind());
        if (source == ContactSource.THEMSELVES) {
            ledger.collected(contact.subjectId(), audience, today, noticeGiven, OrganisationViews.CONTEXT,
                    contact.id());
        } else {
            String name = organisation.name();
            ledger.obtained(contact.subjectId(), audience, today,
                    name.length() > NoticeOwedForm.SOURCE_MAX ? name.substring(0, NoticeOwedForm.SOURCE_MAX) : name,
                    OrganisationViews.CONTEXT, contact.id());
        }
    }
}
