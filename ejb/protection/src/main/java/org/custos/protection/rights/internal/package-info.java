/**
 * The rights facades and the rules beside them: {@link org.custos.protection.rights.internal.RequestClock} (due
 * dates, D2), {@link org.custos.protection.rights.internal.RequestTransitions} (identity and clock stops, D2),
 * {@link org.custos.protection.rights.internal.IdentityGate} (nothing disclosed or acted on before the identity is
 * confirmed, D1), the compilation (one transaction per context), the actions on every context (register last),
 * {@link org.custos.protection.rights.internal.ErasedCopies} (an erasure leaves no copy of the person in their
 * requests, D5, R6), {@link org.custos.protection.rights.internal.RequestsLeftHalfDone} (at the server's start, the
 * erasures and compiles a crash cut short are finished, {@link org.custos.protection.rights.internal.RequestResumption},
 * each audited naming the DPM who started it, {@link org.custos.protection.rights.internal.ResumptionAudit}),
 * the assembly of the response pack, and the letters about a request written from the DPM's
 * templates ({@link org.custos.protection.rights.internal.Letters}, with the values of their placeholders in {@link
 * org.custos.protection.rights.internal.LetterValues}).
 * <p>
 * May use: {@code rights.api}, the {@code api} of {@code register}, {@code purposes}, {@code consent} (a
 * withdrawal of consent is the ledger's, {@link org.custos.protection.rights.internal.WithdrawalChannel} saying how),
 * {@code calendar},
 * {@code holds} and {@code letters}, {@code spi}, {@code shared} (with {@code shared.letter}), the security module's {@code api}, the entities of
 * {@code domain.protection} and {@code domain.subject}.
 */
package org.custos.protection.rights.internal;
