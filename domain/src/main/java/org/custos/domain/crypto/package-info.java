/**
 * Encryption at rest of special-category and criminal-records data (X3): AES-256-GCM with a random 96-bit IV per
 * value and the key's id in front of each ciphertext, so that keys can rotate, and each ciphertext bound to its
 * table, column and row (the associated data), so that a value copied elsewhere does not decrypt. Entities hold
 * {@link org.custos.domain.crypto.Sealed} values and seal and open them through their column in
 * {@link org.custos.domain.crypto.EncryptedColumns}, which rotation walks. The keys come from configuration (the
 * security context installs them at start); they are never in the repository or the database.
 * <p>
 * May use: the JDK's cryptography and Jakarta Persistence (the attribute converter).
 */
package org.custos.domain.crypto;
