package org.custos.domain.crypto;

/**
 * A value as an encrypted column stores it: a ciphertext bound to its table, column and row. Entities hold their
 * encrypted attributes as this type (stored by {@link SealedColumn}), never as plaintext, and open them through
 * their column in {@link EncryptedColumns}.
 */
public record Sealed(String ciphertext) {

    @Override
    public String toString() {
        return "sealed value";
    }
}
