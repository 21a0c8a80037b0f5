package org.custos.domain.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a text attribute encrypted (X3); every sensitive text field uses it ({@link EncryptedBytes} for files). */
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : DataKeys.ring().encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String ciphertext) {
        return ciphertext == null ? null : DataKeys.ring().decrypt(ciphertext);
    }
}
