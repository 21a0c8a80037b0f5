/**
 * The people register (S1-S3): search, create with the possible duplicates shown first, edit with optimistic
 * locking, categories, do-not-contact; {@link org.custos.protection.register.api.ChosenPerson}, the person a new
 * record of another sub-area or context is about, someone new registered with that record in its transaction (or
 * {@link org.custos.protection.register.api.PossibleDuplicates} and nothing saved); {@link
 * org.custos.protection.register.api.RegisteredPeople}, the port through which the other sub-areas load a person
 * (refused while restricted, D6); and {@link org.custos.protection.register.api.PersonErased}, the event on which
 * the other sub-areas erase what they keep about the person (D5, R6).
 * <p>
 * May use: the domain's shared value types and {@code domain.subject}, the security module's {@code api}.
 */
package org.custos.protection.register.api;
