/**
 * The letters an organisation sends: who they are from (the organisation's settings: controller name, postal
 * address, ICO registration number, logo, the Data Protection Manager's name and contact, the signatory) and the
 * templates of each kind of letter, Mustache text with the placeholders that letter offers, versioned (each save a
 * new version; a letter records the version that produced it; the DPM can go back to an earlier one). Both belong to
 * the DPM, who signs the letters and answers for what they say: the administrator, who sees no personal data (X6),
 * is refused. Reading them is not audited (no personal data beyond the DPM's own work contact); every change is.
 * Other contexts write their letters from these templates through the port {@link
 * org.custos.protection.letters.api.LetterWriter} (recruitment: the applicant's rejection letter), their own facade
 * checking who may have it.
 * <p>
 * May use: the domain's shared value types, the security module's {@code api}.
 */
package org.custos.protection.letters.api;
