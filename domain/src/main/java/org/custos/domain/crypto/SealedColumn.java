package org.custos.domain.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Sealed} value as the text of its ciphertext; it encrypts nothing itself. */
@Converter
public class SealedColumn implements AttributeConverter<Sealed, String> {

    @Override
    public String convertToDatabaseColumn(Sealed sealed) {
        return sealed == null ? null : sealed.ciphertext();
    }

    @Override
    public Sealed convertToEntityAttribute(String ciphertext) {
        return ciphertext == null ? null : new Sealed(ciphertext);
    }
}
