package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.custos.domain.crypto.EncryptedBytes;

/**
 * The bytes of the document attached to a sensitive record, encrypted at rest (X3). Apart from the record, whose
 * id it shares, so that reading records never decrypts documents nobody opened.
 */
@Entity
@Table(name = "sec_sensitive_document")
@Cacheable(false)
public class SensitiveDocument {

    @Id
    private long id;

    @Version
    private long version;

    @Convert(converter = EncryptedBytes.class)
    @Column(nullable = false)
    private byte[] content;

    protected SensitiveDocument() {
    }

    public SensitiveDocument(SensitiveRecord record, byte[] content) {
        this.id = record.id();
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
