package org.custos.protection.register.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.io.Serializable;

/**
 * The person a new record is about, as chosen on its form (S1): someone in the register, or someone new, whom the
 * record's facade registers in its own transaction, so that a refused record leaves no one registered. A new person
 * is registered only when no one already there may be them, or once the user has confirmed that they are someone
 * else ({@code someoneElse}).
 */
public record ChosenPerson(Long subjectId, @Valid SubjectForm newPerson, boolean someoneElse) implements Serializable {

    public static ChosenPerson known(long subjectId) {
        return new ChosenPerson(subjectId, null, false);
    }

    public static ChosenPerson someoneNew(SubjectForm form, boolean someoneElse) {
        return new ChosenPerson(null, form, someoneElse);
    }

    @AssertTrue(message = "Choose or create the person.")
    public boolean isChosenOrNew() {
        return subjectId == null != (newPerson == null);
    }

    /**
     * The person's id; someone new is registered through {@code register}, in the calling facade's transaction.
     *
     * @throws PossibleDuplicates when someone already on the register may be the new person: no one is registered,
     *         and the record's transaction rolls back
     */
    public long idIn(PeopleRegister register) {
        if (subjectId != null) {
            return subjectId;
        }
        if (someoneElse) {
            return register.registerConfirmed(newPerson).id();
        }
        Registration registration = register.register(newPerson);
        if (!registration.registered()) {
            throw new PossibleDuplicates(registration.possibleDuplicates());
        }
        return registration.person().id();
    }
}
