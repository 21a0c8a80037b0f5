package org.custos.relationships.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.relationships.OrganisationContact;
import org.custos.domain.shared.OrganisationKind;

/** Who may be an organisation's contact, how their dates fit, and whom a service provided to it may name (K1, S1). */
final class ContactChanges {

    private ContactChanges() {
    }

    /** Why the person cannot become the organisation's contact of this kind, or nothing when they can. */
    static Optional<String> refusal(Set<OrganisationKind> organisationKinds, Collection<OrganisationContact> current,
            long subjectId, OrganisationKind kind, LocalDate startsOn, LocalDate endsOn) {
        if (!organisationKinds.contains(kind)) {
            return Optional.of("This organisation is not recorded as a " + kind.label().toLowerCase(Locale.UK)
                    + ": choose a kind of contact it has, or change the organisation's kinds first.");
        }
        if (current.stream().anyMatch(contact -> contact.subjectId() == subjectId && contact.kind() == kind)) {
            return Optional.of("This person is already a " + kind.contactLabel().toLowerCase(Locale.UK)
                    + " of this organisation.");
        }
        return changeRefusal(startsOn, endsOn);
    }

    /** Why a contact's dates cannot be changed to these, or nothing when they can: the end not before the start. */
    static Optional<String> changeRefusal(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            return Optional.of("A contact cannot end at the organisation before they start there.");
        }
        return Optional.empty();
    }

    /** Why a service cannot name this person, or nothing when it can: only the organisation's contacts. */
    static Optional<String> serviceRefusal(Collection<OrganisationContact> current, Long contactSubjectId) {
        if (contactSubjectId != null
                && current.stream().noneMatch(contact -> contact.subjectId() == contactSubjectId)) {
            return Optional.of("Choose the person the service was provided for among the organisation's contacts.");
        }
        return Optional.empty();
    }
}
