package org.custos.relationships.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.relationships.Organisation;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.shared.DataContext;
import org.custos.protection.spi.CorrectableField;
import org.custos.protection.spi.CorrectableProperty;
import org.custos.protection.spi.Correction;
import org.custos.protection.spi.RectificationOutcome;
import org.custos.relationships.api.ContactForm;

/**
 * What rectification (D5) may change in a person's contact roles: their role, work email and work phone, each held to
 * the rules of the contact's form. The organisation and the dates are the organisation's records, changed by staff.
 */
@Dependent
class ContactCorrections {

    private static final String RECORD = "OrganisationContact";

    private static final List<CorrectableProperty<OrganisationContact>> FIELDS = List.of(
            CorrectableProperty.text("Role", ContactForm.class, "role", OrganisationContact::role,
                    OrganisationContact::correctRole),
            CorrectableProperty.text("Work email", ContactForm.class, "workEmail", OrganisationContact::workEmail,
                    OrganisationContact::correctWorkEmail),
            CorrectableProperty.text("Work phone", ContactForm.class, "workPhone", OrganisationContact::workPhone,
                    OrganisationContact::correctWorkPhone));

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Validator validator;

    List<CorrectableField> correctable(List<OrganisationContact> contacts) {
        List<CorrectableField> fields = new ArrayList<>();
        for (OrganisationContact contact : contacts) {
            String label = contact.kind().contactLabel() + " of "
                    + em.find(Organisation.class, contact.organisationId()).name();
            FIELDS.forEach(field -> fields.add(field.listed(DataContext.RELATIONSHIPS, RECORD,
                    Long.toString(contact.id()), label, contact)));
        }
        return fields;
    }

    RectificationOutcome rectify(List<OrganisationContact> contacts, List<Correction> corrections) {
        RectificationOutcome.Tally tally = new RectificationOutcome.Tally();
        List<CorrectableField> correctable = correctable(contacts);
        for (Correction correction : corrections) {
            if (correctable.stream().noneMatch(field -> field.names(correction.recordType(), correction.recordId(),
                    correction.field()))) {
                tally.refused(correction, "The organisations' contacts hold no such field of this person.");
                continue;
            }
            CorrectableProperty.labelled(FIELDS, correction.field()).orElseThrow().correct(
                    em.find(OrganisationContact.class, Long.parseLong(correction.recordId())), correction, validator,
                    tally);
        }
        em.flush();
        return tally.outcome();
    }
}
