package org.custos.domain.complaints;

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
 * The bytes of a {@link ComplaintDocument}, encrypted at rest (X3) and bound to the document's id, which it shares;
 * read only when the document is downloaded.
 */
@Entity
@Table(name = "cmp_document_content")
@Cacheable(false)
public class ComplaintDocumentContent {

    @Id
    private long id;

    @Version
    private long version;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private Sealed content;

    protected ComplaintDocumentContent() {
    }

    public ComplaintDocumentContent(ComplaintDocument document, byte[] content) {
        this.id = document.id();
        this.content = EncryptedColumns.COMPLAINT_DOCUMENT_CONTENT.seal(content, id);
    }

    public byte[] content() {
        return EncryptedColumns.COMPLAINT_DOCUMENT_CONTENT.openBytes(content, id);
    }
}
