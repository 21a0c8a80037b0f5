package org.custos.domain.protection;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custos.domain.crypto.EncryptedColumns;
import org.custos.domain.crypto.Sealed;
import org.custos.domain.crypto.SealedColumn;

/**
 * What was sent in answer to a rights request, kept with it as evidence (D3, D4): the machine-readable copy
 * (JSON) and the letter (PDF, and DOCX to edit before sending), or the refusal letter, with the template version
 * that produced the letter. Encrypted at rest and bound to the request: it copies the person's data.
 */
@Entity
@Table(name = "prot_response_pack")
@Cacheable(false)
public class ResponsePack {

    /** A response with the data, or the letter refusing the request. */
    public enum Kind { RESPONSE, REFUSAL }

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Convert(converter = SealedColumn.class)
    private Sealed json;

    @Convert(converter = SealedColumn.class)
    @Column(nullable = false)
    private Sealed pdf;

    @Convert(converter = SealedColumn.class)
    private Sealed docx;

    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "produced_on", nullable = false)
    private LocalDate producedOn;

    @Column(name = "produced_by", nullable = false)
    private String producedBy;

    protected ResponsePack() {
    }

    public ResponsePack(long requestId) {
        this.requestId = requestId;
    }

    /** The pack's files and the letter template version ({@code templateId}) that produced its letter. */
    public void produce(Kind kind, String json, byte[] pdf, byte[] docx, long templateId, LocalDate on, String by) {
        this.kind = kind;
        this.json = EncryptedColumns.RESPONSE_PACK_JSON.seal(json, requestId);
        this.pdf = EncryptedColumns.RESPONSE_PACK_PDF.seal(pdf, requestId);
        this.docx = EncryptedColumns.RESPONSE_PACK_DOCX.seal(docx, requestId);
        this.templateId = templateId;
        this.producedOn = on;
        this.producedBy = by;
    }

    /**
     * Erasure (D5, R6): the machine-readable copy, if any, becomes {@code jsonMarker} and the letter {@code
     * pdfMarker} and {@code docxMarker}; returns what was removed. The kind, the template and who produced it when
     * stay.
     */
    public List<RemovedCopy> removeContent(String jsonMarker, byte[] pdfMarker, byte[] docxMarker) {
        List<RemovedCopy> removed = new ArrayList<>();
        json = RemovedCopy.replaced(EncryptedColumns.RESPONSE_PACK_JSON, json, requestId, jsonMarker, removed);
        pdf = RemovedCopy.replaced(EncryptedColumns.RESPONSE_PACK_PDF, pdf, requestId, pdfMarker, removed);
        docx = RemovedCopy.replaced(EncryptedColumns.RESPONSE_PACK_DOCX, docx, requestId, docxMarker, removed);
        return removed;
    }

    public long requestId() {
        return requestId;
    }

    public Kind kind() {
        return kind;
    }

    public String json() {
        return EncryptedColumns.RESPONSE_PACK_JSON.open(json, requestId);
    }

    public byte[] pdf() {
        return EncryptedColumns.RESPONSE_PACK_PDF.openBytes(pdf, requestId);
    }

    /** The letter as DOCX; null for a pack produced before letters were kept in that format. */
    public byte[] docx() {
        return EncryptedColumns.RESPONSE_PACK_DOCX.openBytes(docx, requestId);
    }

    public Long templateId() {
        return templateId;
    }

    public LocalDate producedOn() {
        return producedOn;
    }

    public String producedBy() {
        return producedBy;
    }
}
