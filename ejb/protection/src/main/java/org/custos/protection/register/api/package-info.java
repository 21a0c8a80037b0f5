/**
 * The people register (S1-S3): search, create with the possible duplicates shown first, edit with optimistic
 * locking, categories, do-not-contact; and {@link org.custos.protection.register.api.RegisteredPeople}, the port
 * through which the other sub-areas load a person (refused while restricted, D6); {@link
 * org.custos.protection.register.api.PersonErased}, the event on which the other sub-areas erase what they keep about
 * the person (D5, R6).
 * <p>
 * May use: the domain's shared value types and {@code domain.subject}, the security module's {@code api}.
 */
package org.custos.protection.register.api;
