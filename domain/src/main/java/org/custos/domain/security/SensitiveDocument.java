package org.custos.domain.security;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;

/**
 * The bytes of the document attached to a sensitive record, encrypted at rest (X3) and bound to the record's id,
 * which it shares. Apart from the record, so that reading records never decrypts documents nobody opened.
 */
@Entity
@Table(name = "sec_sensitive_document")
@Cacheable(false)
public class SensitiveDocument {

    @Id
    private long id;

    @Version
    private long version;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private Sealed content;

    protected SensitiveDocument() {
    }

    public SensitiveDocument(SensitiveRecord record, byte[] content) {
        this.id = record.id();
        this.content = EncryptedColumns.SENSITIVE_DOCUMENT_CONTENT.seal(content, id);
    }

    public byte[] content() {
        return EncryptedColumns.SENSITIVE_DOCUMENT_CONTENT.openBytes(content, id);
    }
}
