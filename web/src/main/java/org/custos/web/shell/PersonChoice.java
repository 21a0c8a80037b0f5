package org.custos.web.shell;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.SubjectDetails;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.register.api.SubjectSummary;

/**
 * Choosing a person for a role on another record (applicant, referee, emergency contact, requester): someone found
 * in the register, or someone new, who is registered only when no one already there may be them (S1). With a
 * category, the person gains it either way; without one (a rights request), a new person needs one chosen.
 * A page's bean holds one; the person-choice section ({@link PersonChoiceSection}) shows it.
 */
public class PersonChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubjectCategory category;
    private final boolean categoryForNewOnly;
    private String query;
    private List<SubjectSummary> matches = List.of();
    private Long chosenId;
    private String givenNames;
    private String familyName;
    private LocalDate dateOfBirth;
    private String email;
    private boolean someoneElse;

    public PersonChoice(SubjectCategory category) {
        this(category, false);
    }

    private PersonChoice(SubjectCategory category, boolean categoryForNewOnly) {
        this.category = category;
        this.categoryForNewOnly = categoryForNewOnly;
    }

    /** A choice whose new person's category is chosen on the page, while an existing person keeps theirs. */
    public static PersonChoice anyCategory() {
        return new PersonChoice(null, true);
    }

    /** Looks the typed name or email up in the register. */
    public void find(PeopleRegister register) {
        boolean byEmail = query != null && query.contains("@");
        FacadeCall.attempt(() -> register.search(new SubjectQuery(byEmail ? null : query, byEmail ? query : null,
                null, SubjectSort.NAME, true, 0, 20))).ifPresent(found -> {
                    matches = found.rows();
                    if (matches.isEmpty()) {
                        FacadeCall.error("No one in the register matches; enter the person as new.");
                    }
                });
    }

    /**
     * The chosen or newly registered person's id; empty (with a message) when the new person may already be in
     * the register, whose matches are then offered.
     */
    public Optional<Long> resolve(PeopleRegister register) {
        if (chosenId != null) {
            return categoryForNewOnly ? Optional.of(chosenId)
                    : FacadeCall.attempt(() -> register.addCategory(chosenId, category)).map(person -> chosenId);
        }
        SubjectForm form = new SubjectForm(givenNames, familyName, dateOfBirth,
                email == null || email.isBlank() ? List.of() : List.of(email.trim()), null, null, null, null, null,
                null, category == null ? Set.of() : Set.of(category), false, null);
        if (someoneElse) {
            return FacadeCall.attempt(() -> register.registerConfirmed(form)).map(SubjectDetails::id);
        }
        return FacadeCall.attempt(() -> register.register(form)).flatMap(registration -> {
            if (registration.registered()) {
                return Optional.of(registration.person().id());
            }
            matches = registration.possibleDuplicates();
            FacadeCall.error("This may be someone already in the register: choose them from the list, or confirm "
                    + "that the new person is someone else.");
            return Optional.empty();
        });
    }

    public void clear() {
        query = null;
        matches = List.of();
        chosenId = null;
        givenNames = null;
        familyName = null;
        dateOfBirth = null;
        email = null;
        someoneElse = false;
    }

    public SubjectCategory getCategory() {
        return category;
    }

    public void setCategory(SubjectCategory category) {
        this.category = category;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<SubjectSummary> getMatches() {
        return matches;
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSomeoneElse() {
        return someoneElse;
    }

    public void setSomeoneElse(boolean someoneElse) {
        this.someoneElse = someoneElse;
    }
}
