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
import org.custos.domain.crypto.EncryptedBytes;
import org.custos.domain.crypto.EncryptedText;

/**
 * What was sent in answer to a rights request, kept with it as evidence (D3, D4): the machine-readable copy
 * (JSON) and the letter (PDF), or the refusal letter. Encrypted at rest: it copies the person's data.
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

    @Convert(converter = EncryptedText.class)
    private String json;

    @Convert(converter = EncryptedBytes.class)
    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "produced_on", nullable = false)
    private LocalDate producedOn;

    @Column(name = "produced_by", nullable = false)
    private String producedBy;

    protected ResponsePack() {
    }

    public ResponsePack(long requestId) {
        this.requestId = requestId;
    }

    public void produce(Kind kind, String json, byte[] pdf, LocalDate on, String by) {
        this.kind = kind;
        this.json = json;
        this.pdf = pdf.clone();
        this.producedOn = on;
        this.producedBy = by;
    }

    /**
     * Erasure (D5, R6): the machine-readable copy, if any, becomes {@code jsonMarker} and the letter {@code
     * pdfMarker}; returns what was removed. The kind and who produced it when stay.
     */
    public List<RemovedCopy> removeContent(String jsonMarker, byte[] pdfMarker) {
        List<RemovedCopy> removed = new ArrayList<>();
        json = RemovedCopy.replaced("json", json, jsonMarker, removed);
        removed.add(new RemovedCopy("pdf", pdf));
        pdf = pdfMarker.clone();
        return removed;
    }

    public long requestId() {
        return requestId;
    }

    public Kind kind() {
        return kind;
    }

    public String json() {
        return json;
    }

    public byte[] pdf() {
        return pdf.clone();
    }

    public LocalDate producedOn() {
        return producedOn;
    }

    public String producedBy() {
        return producedBy;
    }
}
