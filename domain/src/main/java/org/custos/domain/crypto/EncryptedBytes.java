package org.custos.domain.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a binary attribute (a document) encrypted (X3), as text in the same form as {@link EncryptedText}. */
@Converter
public class EncryptedBytes implements AttributeConverter<byte[], String> {

    @Override
    public String convertToDatabaseColumn(byte[] plaintext) {
        return plaintext == null ? null : DataKeys.ring().encrypt(plaintext);
    }

    @Override
    public byte[] convertToEntityAttribute(String ciphertext) {
        return ciphertext == null ? null : DataKeys.ring().decryptBytes(ciphertext);
    }
}
