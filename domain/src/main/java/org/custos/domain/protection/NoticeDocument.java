package org.custos.domain.protection;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The bytes of a notice version uploaded as a PDF, sharing the version's id and kept apart from it so that reading
 * versions never reads the file. A notice is published text, not personal data: the bytes are not encrypted.
 */
@Entity
@Table(name = "prot_notice_document")
@Cacheable(false)
public class NoticeDocument {

    @Id
    private long id;

    @Version
    private long version;

    @Column(nullable = false)
    private byte[] content;

    protected NoticeDocument() {
    }

    public NoticeDocument(long versionId, byte[] content) {
        this.id = versionId;
        this.content = content.clone();
    }

    public long id() {
        return id;
    }

    public byte[] content() {
        return content.clone();
    }
}
