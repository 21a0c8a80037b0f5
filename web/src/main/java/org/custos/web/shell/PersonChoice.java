package org.custos.web.shell;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.custos.domain.shared.SubjectCategory;
import org.custos.protection.register.api.ChosenPerson;
import org.custos.protection.register.api.PeopleRegister;
import org.custos.protection.register.api.PossibleDuplicates;
import org.custos.protection.register.api.SubjectForm;
import org.custos.protection.register.api.SubjectQuery;
import org.custos.protection.register.api.SubjectSort;
import org.custos.protection.register.api.SubjectSummary;

/**
 * Choosing a person for a role on another record (applicant, referee, emergency contact, requester): someone found
 * in the register, or someone new, whom the record's facade registers with the record, only when no one already
 * there may be them (S1): a refused record leaves no one registered. A new person is given the choice's category;
 * without one (a rights request), a new person needs one chosen.
 * A page's bean holds one; the person-choice section ({@link PersonChoiceSection}) shows it.
 */
public class PersonChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubjectCategory category;
    private String query;
    private List<SubjectSummary> matches = List.of();
    private Long chosenId;
    private String givenNames;
    private String familyName;
    private LocalDate dateOfBirth;
    private String email;
    private boolean someoneElse;

    public PersonChoice(SubjectCategory category) {
        this.category = category;
    }

    /** A choice whose new person's category is chosen on the page, while an existing person keeps theirs. */
    public static PersonChoice anyCategory() {
        return new PersonChoice(null);
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

    /** The person chosen, or the new person typed, whom the record's facade registers with the record (S1). */
    public ChosenPerson chosen() {
        if (chosenId != null) {
            return ChosenPerson.known(chosenId);
        }
        return ChosenPerson.someoneNew(new SubjectForm(givenNames, familyName, dateOfBirth,
                email == null || email.isBlank() ? List.of() : List.of(email.trim()), null, null, null, null, null,
                null, category == null ? Set.of() : Set.of(category), false, null), someoneElse);
    }

    /**
     * Saves a record about {@link #chosen()}: its answer, or empty (with a message) when it was refused; when the
     * new person may already be in the register, nothing is saved and their matches are offered.
     */
    public <T> Optional<T> save(Supplier<T> call) {
        return FacadeCall.attempt(() -> {
            try {
                return call.get();
            } catch (PossibleDuplicates duplicates) {
                matches = duplicates.people();
                throw duplicates;
            }
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
