package org.custos.domain.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A recipient of the person's data to tell about the rectification, erasure or restriction a request carried out
 * (D5, D6), copied from the disclosure log, and the day they were told.
 */
@Entity
@Table(name = "prot_recipient_notice")
public class RecipientNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prot_request_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String disclosed;

    @Column(name = "disclosed_on", nullable = false)
    private LocalDate disclosedOn;

    @Column(name = "told_on")
    private LocalDate toldOn;

    protected RecipientNotice() {
    }

    public RecipientNotice(long requestId, String recipient, String disclosed, LocalDate disclosedOn) {
        this.requestId = requestId;
        this.recipient = recipient;
        this.disclosed = disclosed;
        this.disclosedOn = disclosedOn;
    }

    public void told(LocalDate on) {
        this.toldOn = on;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long requestId() {
        return requestId;
    }

    public String recipient() {
        return recipient;
    }

    public String disclosed() {
        return disclosed;
    }

    public LocalDate disclosedOn() {
        return disclosedOn;
    }

    public LocalDate toldOn() {
        return toldOn;
    }
}
