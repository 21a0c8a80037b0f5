package org.custos.domain.relationships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A country on the UK's adequacy list (UK GDPR Art 45, the adequacy regulations), with the conditions it holds
 * under (for example certified organisations only); the DPM keeps the list as the regulations change.
 */
@Entity
@Table(name = "rel_adequate_country")
public class AdequateCountry {

    @Id
    private String country;

    @Version
    private long version;

    private String conditions;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected AdequateCountry() {
    }

    public AdequateCountry(String country) {
        this.country = country;
    }

    public void holdUnder(String conditions, String recordedBy, LocalDateTime recordedAt) {
        this.conditions = conditions;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String country() {
        return country;
    }

    public long version() {
        return version;
    }

    public String conditions() {
        return conditions;
    }
}
